package org.glimpse.loader.internal.load;

import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.glimpse.api.host.HostSettings;
import org.glimpse.api.retrieve.RetrieveConfigurationService;
import org.glimpse.api.transport.FrameTransport;
import org.glimpse.loader.internal.decode.FrameDecoding;

/**
 * What every series load uses: the transport, the retrieve configuration, the decoding queue, a timer for
 * throttled signals, and the host's settings (a default when the host registers none).
 */
public record LoaderServices(FrameTransport transport, RetrieveConfigurationService retrieve, FrameDecoding decoding,
        ScheduledExecutorService timer, Supplier<HostSettings> settings) {
}
