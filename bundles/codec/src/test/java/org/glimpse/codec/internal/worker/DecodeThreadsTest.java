package org.glimpse.codec.internal.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.glimpse.api.frame.PixelDescriptor;
import org.junit.jupiter.api.Test;

class DecodeThreadsTest {
    private static final PixelDescriptor DX = new PixelDescriptor(3036, 3036, 1, 16, 12, 0, "MONOCHROME2", 0);
    private static final PixelDescriptor CT = new PixelDescriptor(512, 512, 1, 16, 12, 0, "MONOCHROME2", 0);

    private static DecodeJob job(PixelDescriptor px, int reduce, int threads) {
        return new DecodeJob(CodecId.OPENJPEG, 1000, reduce == 0, reduce, threads, px, false);
    }

    @Test
    void aLargeImageOnFreeCoresGetsTheThreadsItAsksFor() {
        assertEquals(2, DecodeThreads.of(job(DX, 0, 2), true), "3036² at full size");
        assertEquals(2, DecodeThreads.of(job(DX, 1, 2), true), "1518² (2.3 M values) at reduce 1");
    }

    @Test
    void smallImagesAndReducedOnesBelowAMegapixelGetOneThread() {
        assertEquals(1, DecodeThreads.of(job(CT, 0, 2), true), "512² whole");
        assertEquals(1, DecodeThreads.of(job(DX, 2, 2), true), "759² at reduce 2 of a 3036² frame");
    }

    @Test
    void busyCoresGiveEveryDecodeOneThread() {
        assertEquals(1, DecodeThreads.of(job(DX, 0, 2), false), "other decodes hold the cores");
    }

    @Test
    void aJobAskingForOneThreadKeepsOne() {
        assertEquals(1, DecodeThreads.of(job(DX, 0, 1), true));
        assertEquals(1, DecodeThreads.of(job(DX, 0, 0), true), "0 (the library's default) runs on one thread");
    }
}
