package org.glimpse.loader.internal.load;

import static org.glimpse.loader.internal.load.LoadFixture.instances;
import static org.glimpse.loader.internal.load.LoadFixture.monochrome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.LoadOutcome;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.retrieve.RetrieveConfiguration;
import org.glimpse.api.retrieve.RetrieveOptions;
import org.glimpse.api.retrieve.RetrieveStage;
import org.glimpse.api.retrieve.SeriesKind;
import org.glimpse.api.transport.FrameResponseInfo;
import org.glimpse.api.transport.FrameResult;
import org.glimpse.api.transport.RequestMetrics;
import org.glimpse.fixtures.HeldDecoder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The window on undecoded bytes as a load meets it: whole frames are asked while the bytes not yet decoded stay
 * under the limit, the next ones when a decode has read its bytes, nearest the view first; the frame in view and
 * first ranges never wait.
 */
class FillInWindowTest {

    private static final String TS = "1.2.840.10008.1.2.1";
    private static final int FRAMES = 30;
    /** 512² 16-bit: 512 KB a frame. */
    private static final PixelDescriptor P = monochrome(512);
    private static final int FRAME_BYTES = (int) P.frameBytes();
    /** Whole frames the window admits before any decode returned. */
    private static final int ADMITTED = (int) (FetchWindow.MIN_BYTES / FRAME_BYTES);
    private final HeldDecoder decoder = new HeldDecoder(TS, Set.of());
    @AutoClose
    private final LoadFixture loads = LoadFixture.decodingWith(decoder, 1);
    private final FakeTransport transport = loads.transport;

    /** Runs before the fixture closes: a decode still held would keep the decode thread. */
    @AfterEach
    void release() {
        decoder.open.countDown();
    }

    private static RetrieveConfiguration oneStage(RequestType type, RetrieveOptions options) {
        return new RetrieveConfiguration("one", List.of(new RetrieveStage("only", "only", List.of(), 1, 0, type, 0,
                List.of())), Map.of("only", options));
    }

    private SeriesLoading load(RetrieveConfiguration c) {
        return loads.start(c, SeriesKind.STACK, instances(FRAMES, TS, P), new IgnoringSink());
    }

    /** Waits for the requests expected, then a while for any the window should have held back. */
    private void settle(int expected) throws InterruptedException {
        loads.awaitRequests(expected);
        Thread.sleep(100);
    }

    private List<Integer> asked() {
        synchronized (transport) {
            return transport.exchanges.stream().map(e -> e.request.frameIndex()).toList();
        }
    }

    private static void answerWhole(FakeTransport.Exchange e) {
        e.listener.onResponse(new FrameResponseInfo(200, "HTTP/1.1", "application/octet-stream", TS, 0, FRAME_BYTES));
        e.listener.onContent(0, ByteBuffer.allocate(FRAME_BYTES));
        e.listener.onComplete(new FrameResult(null, FRAME_BYTES, true, new RequestMetrics(null, "HTTP/1.1", 200,
                FRAME_BYTES, 0, 0, 0, 1)));
    }

    @Test
    void wholeFramesBeyondTheWindowAreAskedOnlyOnceADecodeHasReadItsBytesNearestTheViewFirst() throws Exception {
        load(oneStage(RequestType.INTERACTION, RetrieveOptions.FULL));
        settle(1 + ADMITTED);
        assertEquals(IntStream.rangeClosed(0, ADMITTED).boxed().toList(), asked(), "the frame in view, then "
                + FetchWindow.MIN_BYTES + " bytes of whole frames");

        answerWhole(transport.of(1));
        assertTrue(decoder.holding.await(5, TimeUnit.SECONDS), "its decode started");
        Thread.sleep(100);
        assertEquals(1 + ADMITTED, transport.size(), "bytes that arrived but are not decoded still count");

        decoder.open.countDown();
        settle(2 + ADMITTED);
        List<Integer> after = asked().subList(1 + ADMITTED, transport.size());
        assertTrue(!after.isEmpty(), "a decode released its bytes: more frames are asked");
        for (int i = 0; i < after.size(); i++) {
            assertEquals(1 + ADMITTED + i, after.get(i), "held frames go nearest the view first: " + after);
        }
    }

    @Test
    void theFrameInViewIsAskedAtOnceWhenItsWholeFrameWaitsInTheWindow() throws Exception {
        SeriesLoading load = load(oneStage(RequestType.INTERACTION, RetrieveOptions.FULL));
        settle(1 + ADMITTED);
        load.frameShown("stack", new FrameKey("st", "se", "sop20", 1));
        FakeTransport.Exchange e = transport.of(20);
        assertTrue(e != null, "frame 20 came into view and was asked without waiting for room: " + asked());
        assertEquals(RequestType.INTERACTION, e.type);
        assertEquals(Integer.MIN_VALUE, e.priority, "at the front");
    }

    @Test
    void firstRangesNeverWaitInTheWindow() throws Exception {
        load(oneStage(RequestType.THUMBNAIL, new RetrieveOptions(null, Map.of(), false, 0, 65_536, null, null,
                false, false)));
        settle(FRAMES);
        assertEquals(FRAMES, transport.size(), "every frame's first range is asked at once: " + asked());
    }

    @Test
    void aCancelledLoadAsksNothingHeldInItsWindow() throws Exception {
        SeriesLoading load = load(oneStage(RequestType.INTERACTION, RetrieveOptions.FULL));
        settle(1 + ADMITTED);
        answerWhole(transport.of(1));
        assertTrue(decoder.holding.await(5, TimeUnit.SECONDS), "its decode started");
        load.cancel();
        decoder.open.countDown();
        assertEquals(LoadOutcome.Kind.CANCELLED, load.completion().get(5, TimeUnit.SECONDS).kind());
        Thread.sleep(100);
        assertEquals(1 + ADMITTED, transport.size(), "the decode that returned after the cancel released nothing to ask");
    }
}
