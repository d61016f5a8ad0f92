package org.glimpse.loader.internal.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.glimpse.api.codec.CodestreamLevels;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.junit.jupiter.api.Test;

class FrameDecodingTest {

    private static final String TS = "1.2.840.10008.1.2.1";
    private static final PixelDescriptor ONE = new PixelDescriptor(1, 1, 1, 16, 12, 0, "MONOCHROME2", 0);
    private final List<Integer> order = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch firstStarted = new CountDownLatch(1);

    /** Decodes a 1×1 frame whose frame number it records; the frame numbered 1 waits for {@code release}. */
    private final FrameDecoder decoder = new FrameDecoder() {
        @Override
        public String name() {
            return "recording";
        }

        @Override
        public Set<String> transferSyntaxes() {
            return Set.of(TS);
        }

        @Override
        public boolean isAvailable() {
            return true;
        }

        @Override
        public boolean decodesPrefixes() {
            return false;
        }

        @Override
        public CodestreamLevels inspect(EncodedFrame frame) {
            return new CodestreamLevels(1, 1, 0, new long[] {1}, 0);
        }

        @Override
        public DecodedFrame decode(EncodedFrame frame, DecodeOptions options) throws DecodeException {
            int n = frame.key().frameNumber();
            if (n == 1) {
                firstStarted.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            order.add(n);
            return new DecodedFrame(frame.key(), 1, 1, 1, 12, 0, ImageQualityStatus.FULL_RESOLUTION, null,
                    new PixelBuffer.Shorts(new short[1], false));
        }
    };

    private static DecodeJob job(Object owner, int frame, int rank, DecodeCallback done) {
        return new DecodeJob(owner, new EncodedFrame(new FrameKey("st", "se", "sop", frame), TS, ONE, new byte[2], 2,
                true), 0, rank, null, done);
    }

    private static DecodeCallback ignore() {
        return new DecodeCallback() {
            @Override
            public void decoded(DecodedFrame frame, double queueMillis, double decodeMillis) {
            }

            @Override
            public void failed(DecodeException failure) {
            }
        };
    }

    @Test
    void waitingDecodesRunLowestRankFirstAndCancelDropsAnOwnersQueueThenWaitsForItsRunningOne() throws Exception {
        DecoderRegistry registry = new DecoderRegistry();
        registry.add(decoder, Map.of(FrameDecoder.TRANSFER_SYNTAX_PROPERTY, new String[] {TS}));
        Object series = new Object();
        Object other = new Object();
        try (FrameDecoding decoding = new FrameDecoding(registry, 1, 1)) {
            decoding.submit(job(series, 1, 0, ignore()));
            assertTrue(firstStarted.await(5, TimeUnit.SECONDS), "the first decode runs");
            decoding.submit(job(other, 5, 50, ignore()));
            decoding.submit(job(other, 3, 30, ignore()));
            decoding.submit(job(series, 9, 10, ignore()));
            decoding.submit(job(other, 2, 20, ignore()));
            CompletableFuture<Void> cancelled = decoding.cancel(series);
            assertFalse(cancelled.isDone(), "the series' running decode has not returned yet");
            release.countDown();
            cancelled.get(5, TimeUnit.SECONDS);
            for (int i = 0; i < 500 && order.size() < 4; i++) {
                Thread.sleep(10);
            }
            assertEquals(List.of(1, 2, 3, 5), order, "rank order; the cancelled series' waiting decode never ran");
        }
    }
}
