package org.glimpse.loader.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.DecodeTask;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.frame.ImagePlane;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.api.host.HostSettings;
import org.glimpse.api.loader.LoadRequest;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.retrieve.RetrieveConfiguration;
import org.glimpse.api.retrieve.RetrieveOptions;
import org.glimpse.api.retrieve.RetrieveStage;
import org.glimpse.api.retrieve.SeriesKind;
import org.glimpse.api.transport.SeriesLocation;
import org.glimpse.loader.internal.decode.AnsweringDecodeService;
import org.glimpse.loader.internal.decode.DecoderRegistry;
import org.glimpse.loader.internal.decode.FrameDecoding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A load tells the decode service that it began before it asks the transport for anything. */
class LoadStartTest {

    private static final String TS = TransferSyntax.HTJ2K_LOSSLESS_RPCL;
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final FakeTransport transport = new FakeTransport();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final FrameDecoding decoding = new FrameDecoding(new DecoderRegistry(), () -> new StartNoted(events), 1,
            1);

    @AfterEach
    void stop() {
        timer.shutdownNow();
        decoding.close();
    }

    @Test
    void theDecodeServiceHearsOfTheLoadBeforeItsFirstRequest() throws Exception {
        transport.onFetch = (request, listener) -> events.add("request for " + request.frame());
        RetrieveConfiguration c = new RetrieveConfiguration("whole", List.of(
                new RetrieveStage("whole", "whole", List.of(), 1, 0, RequestType.INTERACTION, 0, List.of())),
                Map.of("whole", new RetrieveOptions(null, Map.of(), false, -1, 65_536, null, null, false, false)));
        PixelDescriptor p = new PixelDescriptor(64, 64, 1, 16, 12, 0, "MONOCHROME2", 0);
        InstanceDescriptor i = new InstanceDescriptor("sop", null, 1, 1, TS, p, ImagePlane.unknown(), List.of(),
                List.of());
        LoaderServices services = new LoaderServices(transport, new FixedPlans(c), decoding, timer,
                () -> new HostSettings() {
                });
        SeriesLocation where = new SeriesLocation(URI.create("http://127.0.0.1:1/dicomweb"), "st", "se");
        new SeriesLoading(services, new LoadRequest(where, SeriesKind.STACK, "whole", null,
                new SeriesDescriptor("st", "se", "DX", List.of(i))), new IgnoringSink()).start();
        for (int n = 0; n < 500 && transport.size() < 1; n++) {
            Thread.sleep(10);
        }
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
