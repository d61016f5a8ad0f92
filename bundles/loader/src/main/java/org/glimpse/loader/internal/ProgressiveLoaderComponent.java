package org.glimpse.loader.internal;

import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.glimpse.api.codec.DecodeService;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.host.HostSettings;
import org.glimpse.api.host.SeriesSink;
import org.glimpse.api.loader.LoadRequest;
import org.glimpse.api.loader.ProgressiveLoader;
import org.glimpse.api.loader.SeriesLoad;
import org.glimpse.api.retrieve.RetrieveConfigurationService;
import org.glimpse.api.transport.FrameTransport;
import org.glimpse.loader.internal.decode.DecoderRegistry;
import org.glimpse.loader.internal.decode.FrameDecoding;
import org.glimpse.loader.internal.load.LinkRates;
import org.glimpse.loader.internal.load.LoaderServices;
import org.glimpse.loader.internal.load.SeriesLoading;
import org.glimpse.loader.internal.store.HeapRegions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The {@link ProgressiveLoader} service: the transport and the retrieve configuration are required, decoders
 * come and go (the best ranked available one of a syntax is used), and the host's settings are optional.
 * One decode thread per core serves every load.
 */
@Component(service = ProgressiveLoader.class)
public final class ProgressiveLoaderComponent implements ProgressiveLoader {

    private static final HostSettings DEFAULT_SETTINGS = new HostSettings() {
    };

    private final DecoderRegistry decoders = new DecoderRegistry();
    private final FrameTransport transport;
    private final RetrieveConfigurationService retrieve;
    private final FrameDecoding decoding;
    private final ScheduledExecutorService timer;
    private final long heapRegionBytes = HeapRegions.size();
    /** How fast each server's bytes came, over this loader's loads (a load's first ranges are too small to tell). */
    private final LinkRates rates = new LinkRates();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile HostSettings settings;

    /** The codec bundle's decode pool; while it is absent the loader calls the decoders itself. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile DecodeService decodeService;

    @Activate
    public ProgressiveLoaderComponent(@Reference FrameTransport transport,
            @Reference RetrieveConfigurationService retrieve) {
        this.transport = transport;
        this.retrieve = retrieve;
        int cores = Runtime.getRuntime().availableProcessors();
        this.decoding = new FrameDecoding(decoders, () -> decodeService, cores, Math.max(1, cores / 2));
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "glimpse-loader-timer");
            t.setDaemon(true);
            return t;
        });
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addDecoder(FrameDecoder decoder, Map<String, Object> properties) {
        decoders.add(decoder, properties);
    }

    void removeDecoder(FrameDecoder decoder) {
        decoders.remove(decoder);
    }

    @Deactivate
    void deactivate() {
        decoding.close();
        timer.shutdownNow();
    }

    @Override
    public SeriesLoad load(LoadRequest request, SeriesSink sink) {
        LoaderServices services = new LoaderServices(transport, retrieve, decoding, timer,
                () -> settings == null ? DEFAULT_SETTINGS : settings, heapRegionBytes, rates);
        return new SeriesLoading(services, request, sink).start();
    }
}
