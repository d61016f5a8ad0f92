package org.glimpse.loader.internal.load;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.glimpse.api.codec.DecodeService;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.frame.ImagePlane;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.PublishedLevels;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.host.HostSettings;
import org.glimpse.api.host.SeriesSink;
import org.glimpse.api.loader.LoadRequest;
import org.glimpse.api.retrieve.RetrieveConfiguration;
import org.glimpse.api.retrieve.RetrieveConfigurationService;
import org.glimpse.api.retrieve.SeriesKind;
import org.glimpse.api.transport.FrameRequest;
import org.glimpse.api.transport.SeriesLocation;
import org.glimpse.loader.internal.decode.DecoderRegistry;
import org.glimpse.loader.internal.decode.FrameDecoding;
import org.glimpse.loader.internal.store.HeapRegions;

/**
 * A series load on a fake transport with one test decoder: the transport that records requests, the load's timer,
 * the decoding queue over that decoder and the server's link rates, closed together; the loads start on a series
 * "st"/"se" at a server that is never reached.
 */
final class LoadFixture implements AutoCloseable {

    static final URI ROOT = URI.create("http://127.0.0.1:1/dicomweb");
    static final SeriesLocation WHERE = new SeriesLocation(ROOT, "st", "se");
    /** How long {@link #awaitRequests} waits for the requests at the most. */
    private static final int WAIT_MILLIS = 10_000;
    private static final int POLL_MILLIS = 10;

    final FakeTransport transport = new FakeTransport();
    final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    /** What earlier loads saw of each server's rate: a test may fill it in before it starts a load. */
    final LinkRates rates = new LinkRates();
    final FrameDecoding decoding;

    private LoadFixture(FrameDecoding decoding) {
        this.decoding = decoding;
    }

    /** No decoder: for loads that end before any bytes come. */
    static LoadFixture withoutDecoders() {
        return new LoadFixture(new FrameDecoding(new DecoderRegistry(), 1, 1));
    }

    /** The loader's own queue over {@code decoder}, registered for its syntaxes, on {@code workers} threads. */
    static LoadFixture decodingWith(FrameDecoder decoder, int workers) {
        DecoderRegistry registry = new DecoderRegistry();
        registry.add(decoder, Map.of(FrameDecoder.TRANSFER_SYNTAX_PROPERTY,
                decoder.transferSyntaxes().toArray(String[]::new)));
        return new LoadFixture(new FrameDecoding(registry, workers, 1));
    }

    /** Decodes through {@code service}, as when the codec bundle registers its decode service. */
    static LoadFixture decodingThrough(Supplier<DecodeService> service) {
        return new LoadFixture(new FrameDecoding(new DecoderRegistry(), service, 1, 1));
    }

    /** The services of a load planned by {@code plans}, under the host's default settings. */
    LoaderServices services(RetrieveConfigurationService plans) {
        return new LoaderServices(transport, plans, decoding, timer, () -> new HostSettings() {
        }, HeapRegions.size(), rates);
    }

    /** A load of {@code instances} (a CT series) with configuration {@code c}, not started. */
    static LoadRequest request(RetrieveConfiguration c, SeriesKind kind, List<InstanceDescriptor> instances) {
        return new LoadRequest(WHERE, kind, c.name(), null, new SeriesDescriptor("st", "se", "CT", instances));
    }

    /** A load of {@code instances} planned stage by stage over every frame, not started. */
    SeriesLoading prepare(RetrieveConfiguration c, SeriesKind kind, List<InstanceDescriptor> instances,
            SeriesSink sink) {
        return new SeriesLoading(services(new FixedPlans(c)), request(c, kind, instances), sink);
    }

    SeriesLoading start(RetrieveConfiguration c, SeriesKind kind, List<InstanceDescriptor> instances,
            SeriesSink sink) {
        return prepare(c, kind, instances, sink).start();
    }

    /** Waits until the transport holds {@code n} requests or more; the test asserts what it expects. */
    void awaitRequests(int n) throws InterruptedException {
        for (int waited = 0; waited < WAIT_MILLIS && transport.size() < n; waited += POLL_MILLIS) {
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** A {@code side}² frame of 16-bit MONOCHROME2 values, 12 bits stored. */
    static PixelDescriptor monochrome(int side) {
        return new PixelDescriptor(side, side, 1, 16, 12, 0, "MONOCHROME2", 0);
    }

    /** One instance of one frame; {@code levelEnds}, when given, are the ends its server publishes. */
    static InstanceDescriptor instance(String sopInstanceUid, int number, String transferSyntaxUid, PixelDescriptor p,
            long... levelEnds) {
        List<PublishedLevels> published = levelEnds.length == 0 ? List.of()
                : List.of(new PublishedLevels(1, FrameRequest.FRAMES, transferSyntaxUid, levelEnds));
        return new InstanceDescriptor(sopInstanceUid, null, number, 1, transferSyntaxUid, p, ImagePlane.unknown(),
                published, List.of());
    }

    /** {@code count} instances "sop0", "sop1"… numbered from 1, each as {@link #instance} makes it. */
    static List<InstanceDescriptor> instances(int count, String transferSyntaxUid, PixelDescriptor p,
            long... levelEnds) {
        List<InstanceDescriptor> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(instance("sop" + i, i + 1, transferSyntaxUid, p, levelEnds));
        }
        return list;
    }

    /** Stops the timer and the decoding: no thread of a test's load outlives it. */
    @Override
    public void close() {
        timer.shutdownNow();
        decoding.close();
    }
}
