package org.glimpse.loader.internal.load;

import static org.glimpse.loader.internal.load.LoadFixture.instance;
import static org.glimpse.loader.internal.load.LoadFixture.instances;
import static org.glimpse.loader.internal.load.LoadFixture.monochrome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.SeriesKey;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.retrieve.RetrieveConfiguration;
import org.glimpse.api.retrieve.RetrieveOptions;
import org.glimpse.api.retrieve.RetrieveStage;
import org.glimpse.api.retrieve.SeriesKind;
import org.glimpse.api.transport.FrameResponseInfo;
import org.glimpse.api.transport.FrameResult;
import org.glimpse.api.transport.RequestMetrics;
import org.glimpse.loader.internal.decode.DecodeCallback;
import org.glimpse.loader.internal.decode.DecodeJob;
import org.glimpse.loader.internal.decode.FrameDecoding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * A prefix decode still waiting for a decoder when the frame's whole bytes are asked to decode never runs, unless
 * it ranks before the whole while the frame shows nothing: then it shows the frame first.
 */
class QueuedPrefixTest {

    private static final String TS = TransferSyntax.HTJ2K_LOSSLESS_RPCL;
    /** 512² with four decompositions: 32², 64², 128², 256², 512² end at these bytes. */
    private static final long[] ENDS = {700, 2_000, 6_000, 20_000, 70_000};
    private static final int LENGTH = 70_000;
    private static final int SLICES = 3;
    private final PrefixRecorder recorder = new PrefixRecorder(TS, "other");
    private final CountDownLatch finalShown = new CountDownLatch(1);
    /** One decode thread, so that a decode of another load holds it while this load's decodes queue. */
    @AutoClose
    private final LoadFixture loads = LoadFixture.decodingWith(recorder, 1);
    private final FakeTransport transport = loads.transport;
    private final FrameDecoding decoding = loads.decoding;

    /** Runs before the fixture closes: a decode still held would keep the decode thread. */
    @AfterEach
    void release() {
        recorder.release.countDown();
    }

    @Test
    void theWholeFramesDecodeTakesBackAPrefixDecodeThatHasNotStarted() throws Exception {
        holdTheDecodeThread();
        RetrieveConfiguration streaming = new RetrieveConfiguration("streaming", List.of(
                new RetrieveStage("all", "all", List.of(), 1, 0, RequestType.INTERACTION, 0, List.of())),
                Map.of("all", new RetrieveOptions(null, Map.of(), true, null, 65_536, null, null, false, false)));
        loads.start(streaming, SeriesKind.STACK, List.of(instance("sop", 1, TS, monochrome(512), ENDS)), sink);
        loads.awaitRequests(1);
        FakeTransport.Exchange e = transport.of(0);
        e.listener.onResponse(new FrameResponseInfo(200, "HTTP/1.1", "image/jphc", TS, 0, LENGTH));
        e.listener.onContent(0, ByteBuffer.allocate(2_500));
        e.listener.onContent(2_500, ByteBuffer.allocate(LENGTH - 2_500));
        e.listener.onComplete(new FrameResult(null, LENGTH, true, new RequestMetrics(null, "HTTP/1.1", 200, LENGTH, 0,
                0, 0, 1)));
        recorder.release.countDown();

        assertTrue(finalShown.await(5, TimeUnit.SECONDS), "the whole frame's image handed over");
        CountDownLatch drained = new CountDownLatch(1);
        decoding.submit(job("last", Integer.MAX_VALUE, drained));
        assertTrue(drained.await(5, TimeUnit.SECONDS), "every decode queued before has run");
        assertEquals(List.of("held", "reduce 0 from " + LENGTH, "reduce 0 from 2"), recorder.decodes, "the 64² prefix asked at 2 500 bytes "
                + "waited behind another decode until the whole bytes came: it never ran");
    }

    @Test
    void aQueuedCoarseLevelRankedBeforeTheRestStillShowsASliceOutOfViewFirst() throws Exception {
        holdTheDecodeThread();
        RetrieveConfiguration coarseThenRest = new RetrieveConfiguration("coarse-then-rest", List.of(
                new RetrieveStage("coarse", "coarse", List.of(), 1, 0, RequestType.THUMBNAIL, 0, List.of()),
                new RetrieveStage("rest", "rest", List.of(), 1, 0, RequestType.PREFETCH, 0, List.of())), Map.of(
                "coarse", new RetrieveOptions(null, Map.of(), false, 0, 65_536, 3, null, true, false),
                "rest", new RetrieveOptions(null, Map.of(), false, -1, 65_536, null, null, false, false)));
        // a volume of three slices is seen at the middle one: slice 0 is out of view
        loads.start(coarseThenRest, SeriesKind.VOLUME, instances(SLICES, TS, monochrome(512), ENDS), sink);
        loads.awaitRequests(SLICES);
        List<FakeTransport.Exchange> coarse = List.copyOf(transport.exchanges);
        long levelEnd = coarse.get(0).request().range().last() + 1;
        assertEquals(ENDS[1], levelEnd, "the coarse range ends where the 64² level does");
        coarse.forEach(e -> answer(e, 0, levelEnd));
        loads.awaitRequests(2 * SLICES);
        FakeTransport.Exchange rest = transport.of(0);
        assertEquals(levelEnd, rest.request().range().first(), "slice 0's rest asked");
        // slice 0's rest lands while its coarse level's decode still waits for the decode thread
        answer(rest, levelEnd, LENGTH);
        recorder.release.countDown();

        FrameKey slice0 = new FrameKey("st", "se", "sop0", 1);
        assertTrue(finalShown.await(5, TimeUnit.SECONDS), "slice 0's whole image handed over");
        assertEquals(List.of(ImageQualityStatus.SUBRESOLUTION, ImageQualityStatus.FULL_RESOLUTION),
                shown.get(slice0), "slice 0 shown at its coarse level first: that decode ranks before the rest's,"
                + " and the slice showed nothing yet; decodes " + recorder.decodes);
    }

    /** Answers {@code e} with frame bytes [{@code from}, {@code to}) of the {@link #LENGTH}-byte frame. */
    private static void answer(FakeTransport.Exchange e, long from, long to) {
        e.listener.onResponse(new FrameResponseInfo(206, "HTTP/1.1", "image/jphc", TS, from, LENGTH));
        e.listener.onContent(from, ByteBuffer.allocate((int) (to - from)));
        e.listener.onComplete(new FrameResult(null, to - from, to == LENGTH, new RequestMetrics(null, "HTTP/1.1",
                206, to - from, 0, 0, 0, 1)));
    }

    /** A decode of another owner takes the one decode thread until the recorder's release opens. */
    private void holdTheDecodeThread() throws InterruptedException {
        decoding.submit(job("other", Integer.MIN_VALUE, new CountDownLatch(1)));
        assertTrue(recorder.holding.await(5, TimeUnit.SECONDS), "the other decode holds the thread");
    }

    /** A 1×1 decode of another owner, at {@code rank}; {@code ended} opens when it returns. */
    private static DecodeJob job(String name, int rank, CountDownLatch ended) {
        PixelDescriptor one = new PixelDescriptor(1, 1, 1, 16, 12, 0, "MONOCHROME2", 0);
        EncodedFrame bytes = new EncodedFrame(new FrameKey("st", "se", name, 1), TS, one, new byte[2], 2, true);
        return new DecodeJob(new Object(), bytes, 0, rank, null, new DecodeCallback() {
            @Override
            public void decoded(DecodedFrame frame, double queueMillis, double decodeMillis) {
                ended.countDown();
            }

            @Override
            public void failed(DecodeException failure) {
                ended.countDown();
            }
        });
    }

    /** The statuses of each frame's images handed over, in order. */
    private final Map<FrameKey, List<ImageQualityStatus>> shown = new java.util.concurrent.ConcurrentHashMap<>();
    private final IgnoringSink sink = new IgnoringSink() {
        @Override
        public void frameUpdated(SeriesKey series, DecodedFrame frame) {
            shown.computeIfAbsent(frame.key(), k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                    .add(frame.quality());
            if (frame.quality() == ImageQualityStatus.FULL_RESOLUTION) {
                finalShown.countDown();
            }
        }
    };
}
