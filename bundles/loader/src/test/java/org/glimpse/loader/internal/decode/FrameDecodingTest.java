package org.glimpse.loader.internal.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.fixtures.HeldDecoder;
import org.glimpse.fixtures.TestFrames;
import org.junit.jupiter.api.Test;

class FrameDecodingTest {

    private static final String TS = "1.2.840.10008.1.2.1";
    private static final PixelDescriptor ONE = new PixelDescriptor(1, 1, 1, 16, 12, 0, "MONOCHROME2", 0);
    /** The frame numbered 1 waits until the test opens the decoder. */
    private final HeldDecoder decoder = new HeldDecoder(TS, Set.of(1));

    private static DecodeJob job(Object owner, int frame, int rank, PixelBuffer target, DecodeCallback done) {
        return new DecodeJob(owner, TestFrames.whole(frame, TS, ONE, new byte[2]), 0, rank, target, done);
    }

    private static final class Recorded implements DecodeCallback {
        final CompletableFuture<DecodedFrame> frame = new CompletableFuture<>();
        final List<double[]> times = new CopyOnWriteArrayList<>();

        @Override
        public void decoded(DecodedFrame f, double queueMillis, double decodeMillis) {
            times.add(new double[] {queueMillis, decodeMillis});
            frame.complete(f);
        }

        @Override
        public void failed(DecodeException failure) {
            frame.completeExceptionally(failure);
        }
    }

    private FrameDecoding decoding() {
        DecoderRegistry registry = new DecoderRegistry();
        registry.add(decoder, Map.of(FrameDecoder.TRANSFER_SYNTAX_PROPERTY, new String[] {TS}));
        return new FrameDecoding(registry, 1, 1);
    }

    @Test
    void waitingDecodesRunLowestRankFirstAndCancelDropsAnOwnersQueueThenWaitsForItsRunningOne() throws Exception {
        Object series = new Object();
        Object other = new Object();
        try (FrameDecoding decoding = decoding()) {
            decoding.submit(job(series, 1, 0, null, new Recorded()));
            assertTrue(decoder.holding.await(5, TimeUnit.SECONDS), "the first decode runs");
            decoding.submit(job(other, 5, 50, null, new Recorded()));
            decoding.submit(job(other, 3, 30, null, new Recorded()));
            decoding.submit(job(series, 9, 10, null, new Recorded()));
            decoding.submit(job(other, 2, 20, null, new Recorded()));
            CompletableFuture<Void> cancelled = decoding.cancel(series);
            assertFalse(cancelled.isDone(), "the series' running decode has not returned yet");
            decoder.open.countDown();
            cancelled.get(5, TimeUnit.SECONDS);
            for (int i = 0; i < 500 && decoder.order.size() < 4; i++) {
                Thread.sleep(10);
            }
            assertEquals(List.of(1, 2, 3, 5), decoder.order, "rank order; the cancelled series' waiting decode never "
                    + "ran");
        }
    }

    @Test
    void theTimeWaitingBehindAnotherDecodeIsQueueTimeNotDecodeTime() throws Exception {
        try (FrameDecoding decoding = decoding()) {
            decoding.submit(job(this, 1, 0, null, new Recorded()));
            assertTrue(decoder.holding.await(5, TimeUnit.SECONDS), "the first decode holds the only decode thread");
            Recorded second = new Recorded();
            decoding.submit(job(this, 2, 0, null, second));
            Thread.sleep(200);
            decoder.open.countDown();
            second.frame.get(5, TimeUnit.SECONDS);
            double[] t = second.times.get(0);
            assertTrue(t[0] >= 150, "waited about 200 ms in the queue, reported " + t[0] + " ms");
            assertTrue(t[1] < t[0], "its own decode of one value is shorter than the wait: " + t[1] + " ms");
        }
    }

    @Test
    void aDecodeIntoATargetWritesOnlyItsOwnRangeOfTheSlab() throws Exception {
        decoder.open.countDown();
        short[] slab = {7, 7, 7};
        try (FrameDecoding decoding = decoding()) {
            Recorded done = new Recorded();
            decoding.submit(job(this, 4, 0, new PixelBuffer.Shorts(slab, 1, 1, false), done));
            PixelBuffer.Shorts px = (PixelBuffer.Shorts) done.frame.get(5, TimeUnit.SECONDS).pixels();
            assertTrue(px.values() == slab, "the image is a view of the slab");
            assertEquals(1, px.offset());
            assertEquals(List.of((short) 7, (short) 0, (short) 7), List.of(slab[0], slab[1], slab[2]));
        }
    }
}
