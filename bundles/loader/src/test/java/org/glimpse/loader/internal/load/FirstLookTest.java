package org.glimpse.loader.internal.load;

import static org.glimpse.loader.internal.load.LoadFixture.instance;
import static org.glimpse.loader.internal.load.LoadFixture.monochrome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.SeriesKey;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.retrieve.RetrieveConfiguration;
import org.glimpse.api.retrieve.RetrieveOptions;
import org.glimpse.api.retrieve.RetrieveStage;
import org.glimpse.api.retrieve.SeriesKind;
import org.glimpse.api.transport.FrameResponseInfo;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** A frame with nothing to show decodes the first level complete in a range that is not streamed. */
class FirstLookTest {

    private static final String TS = TransferSyntax.HTJ2K_LOSSLESS_RPCL;
    /** 512² with four decompositions: 32², 64², 128², 256², 512² end at these bytes. */
    private static final long[] ENDS = {700, 2_000, 6_000, 20_000, 70_000};
    private final PrefixRecorder recorder = new PrefixRecorder(TS, null);
    private final List<String> decodes = recorder.decodes;
    @AutoClose
    private final LoadFixture loads = LoadFixture.decodingWith(recorder, 1);
    private final FakeTransport transport = loads.transport;

    @Test
    void theFirstCompleteLevelOfAnUnstreamedRangeIsDecodedBeforeTheRangeEnds() throws Exception {
        RetrieveConfiguration c = new RetrieveConfiguration("blind-range", List.of(
                new RetrieveStage("first", "first", List.of(), 1, 0, RequestType.INTERACTION, 0, List.of())),
                Map.of("first", new RetrieveOptions(null, Map.of(), false, 0, 65_536, null, null, false, false)));
        loads.start(c, SeriesKind.STACK, List.of(instance("sop", 1, TS, monochrome(512), ENDS)), sink);
        loads.awaitRequests(1);
        FakeTransport.Exchange e = transport.of(0);
        e.listener.onResponse(new FrameResponseInfo(206, "HTTP/1.1", "image/jphc", TS, 0, 70_000));
        e.listener.onContent(0, ByteBuffer.allocate(2_500));
        assertTrue(sink.shown.await(5, TimeUnit.SECONDS), "an image handed over");
        assertEquals(List.of("reduce 3 from 2500"), decodes, "64² as soon as its 2 000 bytes are in, before the"
                + " range's end at 65 536");
        e.listener.onContent(2_500, ByteBuffer.allocate(20_000));
        Thread.sleep(200);
        assertEquals(1, decodes.size(), "once the frame shows an image, an unstreamed range waits for its end: "
                + decodes);
        assertTrue(transport.of(0) == e, "still the same request");
    }

    private final ShownSink sink = new ShownSink();

    /** A host that notes the first image handed over. */
    private static final class ShownSink extends IgnoringSink {
        final CountDownLatch shown = new CountDownLatch(1);

        @Override
        public void frameUpdated(SeriesKey series, DecodedFrame frame) {
            shown.countDown();
        }
    }
}
