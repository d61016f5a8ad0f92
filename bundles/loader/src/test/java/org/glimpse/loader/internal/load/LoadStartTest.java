package org.glimpse.loader.internal.load;

import static org.glimpse.loader.internal.load.LoadFixture.instance;
import static org.glimpse.loader.internal.load.LoadFixture.monochrome;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.DecodeTask;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.retrieve.RetrieveConfiguration;
import org.glimpse.api.retrieve.RetrieveOptions;
import org.glimpse.api.retrieve.RetrieveStage;
import org.glimpse.api.retrieve.SeriesKind;
import org.glimpse.loader.internal.decode.AnsweringDecodeService;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** A load tells the decode service that it began before it asks the transport for anything. */
class LoadStartTest {

    private static final String TS = TransferSyntax.HTJ2K_LOSSLESS_RPCL;
    private final List<String> events = new CopyOnWriteArrayList<>();
    @AutoClose
    private final LoadFixture loads = LoadFixture.decodingThrough(() -> new StartNoted(events));
    private final FakeTransport transport = loads.transport;

    @Test
    void theDecodeServiceHearsOfTheLoadBeforeItsFirstRequest() throws Exception {
        transport.onFetch = (request, listener) -> events.add("request for " + request.frame());
        RetrieveConfiguration c = new RetrieveConfiguration("whole", List.of(
                new RetrieveStage("whole", "whole", List.of(), 1, 0, RequestType.INTERACTION, 0, List.of())),
                Map.of("whole", new RetrieveOptions(null, Map.of(), false, -1, 65_536, null, null, false, false)));
        loads.start(c, SeriesKind.STACK, List.of(instance("sop", 1, TS, monochrome(64))), new IgnoringSink());
        loads.awaitRequests(1);
        assertEquals(List.of("load starting", "request for sop/frames/1"), events,
                "the decoders get ready while the first request crosses the link");
    }

    /** A decode service that notes when it hears of a load; it is never asked to decode here. */
    private static final class StartNoted extends AnsweringDecodeService {
        private final List<String> events;

        StartNoted(List<String> events) {
            this.events = events;
        }

        @Override
        public void loadStarting() {
            events.add("load starting");
        }

        @Override
        public DecodeTask submit(EncodedFrame frame, DecodeOptions options, int priority, PixelBuffer target) {
            throw new UnsupportedOperationException("no decode in this test");
        }
    }
}
