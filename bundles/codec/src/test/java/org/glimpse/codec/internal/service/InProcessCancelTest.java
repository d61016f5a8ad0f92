package org.glimpse.codec.internal.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.DecodeTask;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.codec.internal.decoder.JpegLsFrameDecoder;
import org.glimpse.codec.internal.decoder.StandaloneCodecRuntime;
import org.glimpse.codec.internal.testing.Pixels;
import org.glimpse.fixtures.Encoders;
import org.glimpse.fixtures.TestFrames;
import org.junit.jupiter.api.Test;

/**
 * A decode running in this JVM (the Java JPEG-LS decoder) stops at its next line once cancelled, so the decoder
 * thread is free for the next frame instead of finishing a frame nobody wants.
 */
class InProcessCancelTest {
    private static final DecodeOptions OPTIONS = new DecodeOptions(0, 1, 20_000);
    private static final short UNWRITTEN = 0x7A7A;

    @Test
    void aCancelledJavaDecodeStopsEarlyAndTheNextFrameGetsItsThread() throws Exception {
        byte[] big = SlowJpegLs.frame();
        int size = SlowJpegLs.SIZE;
        int[] v = Encoders.phantom(64, 64, 12, 4);
        byte[] small = Encoders.jpegLs(v, 64, 64, 12, 0);
        PixelDescriptor ct = new PixelDescriptor(64, 64, 1, 16, 12, 0, "MONOCHROME2", 0);
        try (StandaloneCodecRuntime runtime = new StandaloneCodecRuntime(List.of(), 1)) {
            DecodeScheduler s = new DecodeScheduler(runtime);
            s.register(new JpegLsFrameDecoder(), 20);
            assertEquals(1, s.concurrency(), "one decoder thread: the next frame waits for the cancelled one");
            short[] slab = new short[size * size];
            for (int attempt = 1; ; attempt++) {
                Arrays.fill(slab, UNWRITTEN);
                DecodeTask slow = s.submit(TestFrames.whole(1, TransferSyntax.JPEG_LS_LOSSLESS, SlowJpegLs.PIXEL,
                        big), OPTIONS, 0, new PixelBuffer.Shorts(slab, false));
                while (slab[0] == UNWRITTEN && !slow.isDone()) {
                    Thread.onSpinWait();
                }
                long t0 = System.nanoTime();
                if (!slow.cancel(true)) {
                    // the whole frame was decoded before the cancel (a stalled test thread): nothing was tested
                    assertTrue(attempt < 3, "the slow frame ended before it could be cancelled, " + attempt + " times");
                    continue;
                }
                assertThrows(CancellationException.class, () -> slow.get(1, TimeUnit.SECONDS));
                DecodeTask next = s.submit(TestFrames.whole(2, TransferSyntax.JPEG_LS_LOSSLESS, ct, small), OPTIONS,
                        0);
                assertArrayEquals(v, Pixels.values(next.get(30, TimeUnit.SECONDS).pixels()), "the next frame");
                long micros = (System.nanoTime() - t0) / 1000;
                int lines = linesWritten(slab, size);
                assertTrue(lines < size, "the cancelled decode stopped before its last line (wrote " + lines
                        + " of " + size + ") and the next frame ran after it");
                System.out.println("cancel → next frame decoded after " + micros + " µs; the cancelled " + size
                        + "² decode stopped after " + lines + " of " + size + " lines");
                break;
            }
            s.close();
        }
    }

    /** Lines from the top whose first sample was written. */
    private static int linesWritten(short[] slab, int size) {
        int y = 0;
        while (y < size && slab[y * size] != UNWRITTEN) {
            y++;
        }
        return y;
    }
}
