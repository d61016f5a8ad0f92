package org.glimpse.loader.internal.load;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.glimpse.api.transport.RequestMetrics;

/**
 * How fast each server's bytes have come to this loader, over all its loads: a moving average of the rate of its
 * responses of {@link #MIN_BYTES} or more, per origin (scheme, host and port). A load's own first requests are
 * small ranges whose bytes come before the link is up to speed (over loopback 13 MB/s in a response's first
 * 140 ms, 85 MB/s and more after); a load that knew only those took the rest of a frame for slower than it was,
 * and started intermediate decodes that were still running when the last byte landed. Thread-safe: loads share
 * it.
 */
public final class LinkRates {

    /** Responses smaller than this do not reach the link's speed. */
    static final long MIN_BYTES = 1 << 20;
    private static final double WEIGHT = 0.5;
    private final Map<String, Double> bytesPerNano = new ConcurrentHashMap<>();

    /** A response of a load ended: how its bytes came. */
    void ended(RequestMetrics m) {
        long span = m == null ? 0 : m.lastByteNanos() - m.firstByteNanos();
        if (m == null || m.firstByteNanos() < 0 || m.bytes() < MIN_BYTES || span <= 0) {
            return;
        }
        double sample = (double) m.bytes() / span;
        bytesPerNano.merge(origin(m.url()), sample, (mean, s) -> mean + WEIGHT * (s - mean));
    }

    /** Bytes per nanosecond from {@code url}'s origin once a large response came from it, else -1. */
    double bytesPerNano(URI url) {
        return bytesPerNano.getOrDefault(origin(url), -1.0);
    }

    private static String origin(URI url) {
        return url.getScheme() + "://" + url.getRawAuthority();
    }
}
