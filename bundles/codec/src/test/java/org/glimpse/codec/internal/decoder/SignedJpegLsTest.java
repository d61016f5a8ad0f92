package org.glimpse.codec.internal.decoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.codec.internal.testing.Pixels;
import org.glimpse.fixtures.Encoders;
import org.glimpse.fixtures.TestFrames;
import org.junit.jupiter.api.Test;

/**
 * A signed frame (PixelRepresentation 1, BitsStored 12 in 16) coded in JPEG-LS, which codes the 12-bit two's
 * complement patterns as unsigned samples: both JPEG-LS paths give the signed values, as the other codecs do.
 */
class SignedJpegLsTest {
    private static final int SIZE = 64;
    private static final PixelDescriptor SIGNED = new PixelDescriptor(SIZE, SIZE, 1, 16, 12, 1, "MONOCHROME2", 0);

    @Test
    void bothJpegLsPathsSignExtendFromBitsStored() throws Exception {
        int[] phantom = Encoders.phantom(SIZE, SIZE, 12, 9);
        int[] signed = new int[phantom.length];
        int[] patterns = new int[phantom.length];
        for (int i = 0; i < phantom.length; i++) {
            signed[i] = phantom[i] - 2048;
            patterns[i] = signed[i] & 0xFFF;
        }
        EncodedFrame f = TestFrames.whole(1, TransferSyntax.JPEG_LS_LOSSLESS, SIGNED,
                Encoders.jpegLs(patterns, SIZE, SIZE, 12, 0));
        DecodeOptions o = new DecodeOptions(0, 1, 20_000);
        assertArrayEquals(signed, Pixels.values(new JpegLsFrameDecoder().decode(f, o).pixels()), "Java");
        try (StandaloneCodecRuntime runtime = new StandaloneCodecRuntime(StandaloneCodecRuntime.buildNatives(), 1)) {
            CharlsFrameDecoder charls = new CharlsFrameDecoder(runtime);
            assertArrayEquals(signed, Pixels.values(charls.decode(f, o).pixels()), "CharLS in a worker");
            short[] slab = new short[3 * SIZE * SIZE];
            PixelBuffer middle = new PixelBuffer.Shorts(slab, SIZE * SIZE, SIZE * SIZE, true);
            assertArrayEquals(signed, Pixels.values(charls.decode(f, o, middle).pixels()), "CharLS into a slab");
            for (int i = 0; i < SIZE * SIZE; i++) {
                assertArrayEquals(new short[] {0, 0}, new short[] {slab[i], slab[2 * SIZE * SIZE + i]},
                        "outside the range at " + i);
            }
        }
    }
}
