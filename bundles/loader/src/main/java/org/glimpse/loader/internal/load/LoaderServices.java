package org.glimpse.loader.internal.load;

import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.glimpse.api.host.HostSettings;
import org.glimpse.api.retrieve.RetrieveConfigurationService;
import org.glimpse.api.transport.FrameTransport;
import org.glimpse.loader.internal.decode.FrameDecoding;
import org.glimpse.loader.internal.store.HeapRegions;

/**
 * What every series load uses: the transport, the retrieve configuration, the decoding queue, a timer for
 * throttled signals, the host's settings (a default when the host registers none), the JVM's heap region
 * size, read once (asking the platform MBean server took 0.5 to 6 ms, and each load asked it before its first
 * request), and how fast each server's bytes came to the loader's earlier loads.
 */
public record LoaderServices(FrameTransport transport, RetrieveConfigurationService retrieve, FrameDecoding decoding,
        ScheduledExecutorService timer, Supplier<HostSettings> settings, long heapRegionBytes, LinkRates rates) {

    public LoaderServices {
        if (heapRegionBytes <= 0) {
            throw new IllegalArgumentException("heapRegionBytes must be > 0, was " + heapRegionBytes);
        }
        Objects.requireNonNull(rates, "rates is null");
    }

    /** The services with the heap region size read now. */
    public LoaderServices(FrameTransport transport, RetrieveConfigurationService retrieve, FrameDecoding decoding,
            ScheduledExecutorService timer, Supplier<HostSettings> settings) {
        this(transport, retrieve, decoding, timer, settings, HeapRegions.size(), new LinkRates());
    }
}
