package org.glimpse.loader.internal.load;

import static org.glimpse.loader.internal.load.LoadFixture.instances;
import static org.glimpse.loader.internal.load.LoadFixture.monochrome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.retrieve.RetrieveConfiguration;
import org.glimpse.api.retrieve.RetrieveOptions;
import org.glimpse.api.retrieve.RetrieveStage;
import org.glimpse.api.retrieve.SeriesKind;
import org.glimpse.api.transport.ByteRange;
import org.glimpse.api.transport.FrameResponseInfo;
import org.glimpse.api.transport.FrameResult;
import org.glimpse.api.transport.RequestMetrics;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Which request goes first: the loader marks the frame in view INTERACTION at the front, moves the front with
 * the view, fetches a display level first and holds the rest back as PREFETCH until a view needs more.
 */
class SchedulingTest {

    private static final int FRAMES = 9;
    private static final String TS = TransferSyntax.HTJ2K_LOSSLESS_RPCL;
    private static final long[] ENDS = {700, 2_000, 6_000, 20_000, 70_000};
    @AutoClose
    private final LoadFixture loads = LoadFixture.withoutDecoders();
    private final FakeTransport transport = loads.transport;

    private static List<InstanceDescriptor> series(int frames) {
        return instances(frames, TS, monochrome(512), ENDS);
    }

    /** Glimpse's display-level stack: a range to the level the view needs (THUMBNAIL), then the rest. */
    private static RetrieveConfiguration displayLevel() {
        return new RetrieveConfiguration("display", List.of(
                new RetrieveStage("level", "level", List.of(), 1, 0, RequestType.THUMBNAIL, 0, List.of()),
                new RetrieveStage("rest", "rest", List.of(), 1, 0, RequestType.INTERACTION, 3, List.of())), Map.of(
                "level", new RetrieveOptions(null, Map.of(), false, 0, 65_536, null, null, true, true),
                "rest", new RetrieveOptions(null, Map.of(), false, -1, 65_536, null, null, false, false)));
    }

    private SeriesLoading load(SeriesKind kind) {
        return prepared(kind).start();
    }

    private SeriesLoading prepared(SeriesKind kind) {
        return prepared(kind, FRAMES);
    }

    private SeriesLoading prepared(SeriesKind kind, int frames) {
        return loads.prepare(displayLevel(), kind, series(frames), new IgnoringSink());
    }

    private void awaitRequests(int n) throws InterruptedException {
        loads.awaitRequests(n);
        assertEquals(n, transport.size(), "requests issued");
    }

    @Test
    void theFrameInViewGoesFirstAndScrollingMovesTheNewOneToTheFront() throws Exception {
        SeriesLoading load = load(SeriesKind.STACK);
        awaitRequests(FRAMES);
        assertEquals(List.of(0), transport.viewAt, "a stack starts at its first frame");
        assertEquals(RequestType.INTERACTION, transport.of(0).type, "frame in view");
        assertEquals(Integer.MIN_VALUE, transport.of(0).priority, "before any stage priority");
        assertEquals(RequestType.THUMBNAIL, transport.of(4).type, "the others at their stage's type");
        load.frameShown("stack", new FrameKey("st", "se", "sop6", 1));
        assertEquals(List.of(0, 6), transport.viewAt, "the transport orders neighbours by distance from 6");
        assertEquals(RequestType.INTERACTION, transport.of(6).type, "the new frame in view jumps ahead");
        assertEquals(Integer.MIN_VALUE, transport.of(6).priority);
        assertEquals(RequestType.THUMBNAIL, transport.of(0).type, "the old one goes back to its stage");
        assertEquals(0, transport.of(0).priority);
    }

    @Test
    void aVolumeStartsAtItsMiddleSlice() throws Exception {
        load(SeriesKind.VOLUME);
        awaitRequests(FRAMES);
        assertEquals(List.of(FRAMES / 2), transport.viewAt);
        assertEquals(RequestType.INTERACTION, transport.of(FRAMES / 2).type);
        assertEquals(FRAMES / 2, transport.exchanges.get(0).request.frameIndex(), "the slice in view is asked first,"
                + " before the plan's first frame: the transport starts requests in the order they come");
    }

    @Test
    void aVolumesSlicesAreAskedOutwardFromTheSliceInViewNotFromItsFirstSlice() throws Exception {
        load(SeriesKind.VOLUME);
        awaitRequests(FRAMES);
        List<Integer> asked = transport.exchanges.stream().limit(FRAMES).map(e -> e.request.frameIndex()).toList();
        // the first ones asked take the transport's free slots before it can order them
        assertEquals(List.of(4, 3, 5, 2, 6, 1, 7, 0, 8), asked, "the slice in view, then its neighbours outward");
    }

    @Test
    void theFirstAnswerOfTheFrameInViewIsTakenInWhileTheOtherFramesAreStillBeingQueued() throws Exception {
        int frames = 10 * FrameStarts.START_BATCH;
        CountDownLatch answered = new CountDownLatch(1);
        List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
        transport.onFetch = (request, listener) -> {
            if (request.frameIndex() == frames / 2) {
                // the transport's thread answers the frame in view: it needs the load's lock
                new Thread(() -> {
                    listener.onResponse(new FrameResponseInfo(206, "HTTP/1.1", "image/jphc", TS, 0, 70_000));
                    answered.countDown();
                }).start();
            } else if (request.frameIndex() == frames - 1) {
                try {
                    if (!answered.await(5, TimeUnit.SECONDS)) {
                        problems.add("the answer waited until every frame was queued (lock held throughout)");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        prepared(SeriesKind.VOLUME, frames).start();
        awaitRequests(frames);
        assertEquals(List.of(), problems);
        assertEquals(frames / 2, transport.exchanges.get(0).request.frameIndex(), "the slice in view first");
    }

    @Test
    void theRestBeyondTheDisplaysNeedWaitsAsPrefetchUntilAViewGrows() throws Exception {
        SeriesLoading load = prepared(SeriesKind.STACK);
        load.viewResized("stack", 128, 128);
        load.start();
        awaitRequests(FRAMES);
        FakeTransport.Exchange first = transport.of(3);
        assertEquals(new ByteRange(0, 5_999), first.request.range(), "512² in 128²: reduce 2 ends at 6 000 bytes");
        assertTrue(first.request.singlePart(), "a range ending at a level boundary asks for a single part");
        answer(first, 6_000);
        FakeTransport.Exchange rest = transport.of(3);
        assertEquals(ByteRange.from(6_000), rest.request.range(), "the rest from the first byte not held");
        assertEquals(RequestType.PREFETCH, rest.type, "held back: the view has what it needs");
        load.viewResized("stack", 1024, 1024);
        assertEquals(RequestType.INTERACTION, rest.type, "the view grew: the rest goes at its stage's type");
        assertEquals(3, rest.priority);
    }

    @Test
    void aViewSizeGivenWithTheRequestChoosesTheFirstRangesLevelWhateverTheHostsDefault() throws Exception {
        new SeriesLoading(loads.services(new FixedPlans(displayLevel())), LoadFixture.request(displayLevel(),
                SeriesKind.STACK, series(FRAMES)).withViewSize(128, 128), new IgnoringSink()).start();
        awaitRequests(FRAMES);
        for (int i = 0; i < FRAMES; i++) {
            assertEquals(new ByteRange(0, 5_999), transport.of(i).request.range(), "frame " + i + ": the 128² view's "
                    + "level from the first request on, not the host's 2048² default");
        }
    }

    @Test
    void withoutAViewSizeTheHostsDefaultChoosesTheLevel() throws Exception {
        load(SeriesKind.STACK);
        awaitRequests(FRAMES);
        assertNull(transport.of(4).request.range(), "a 2048² default needs full size: the whole frame, no range");
    }

    private static void answer(FakeTransport.Exchange e, int bytes) {
        e.listener.onResponse(new FrameResponseInfo(206, "HTTP/1.1", "image/jphc", TS, 0, 70_000));
        e.listener.onContent(0, ByteBuffer.allocate(bytes));
        e.listener.onComplete(new FrameResult(null, bytes, false, new RequestMetrics(null, "HTTP/1.1", 206, bytes, 0,
                0, 0, 1)));
    }
}
