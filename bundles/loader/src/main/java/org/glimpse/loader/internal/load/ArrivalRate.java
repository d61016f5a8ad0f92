package org.glimpse.loader.internal.load;

import org.glimpse.api.transport.RequestMetrics;

/**
 * How bytes arrive for this load, from its finished requests: the wait for a request's first byte, and the rate
 * after it (moving averages). {@link PrefixWorth} uses them at the end of a range, to tell when the frame's
 * next request would bring its last byte. Requests of fewer than {@link #MIN_BYTES} say nothing of the rate
 * (their bytes come in one or two reads). Guarded by the load's lock.
 */
final class ArrivalRate {

    static final long MIN_BYTES = 65_536;
    private static final double WEIGHT = 0.5;
    private double firstByteNanos = -1;
    private double bytesPerNano = -1;

    void ended(RequestMetrics m) {
        if (m == null || m.firstByteNanos() < 0) {
            return;
        }
        firstByteNanos = average(firstByteNanos, m.firstByteNanos());
        long span = m.lastByteNanos() - m.firstByteNanos();
        if (m.bytes() >= MIN_BYTES && span > 0) {
            bytesPerNano = average(bytesPerNano, (double) m.bytes() / span);
        }
    }

    private static double average(double mean, double sample) {
        return mean < 0 ? sample : mean + WEIGHT * (sample - mean);
    }

    /** Nanoseconds until {@code bytes} more have landed through a new request, or -1 when not known yet. */
    double nanosFor(long bytes) {
        return nanosFor(bytes, -1);
    }

    /** Nanoseconds until {@code bytes} more have landed from a response already coming, as in {@link #nanosFor}. */
    double nanosAtRate(long bytes, double linkBytesPerNano) {
        double rate = Math.max(bytesPerNano, linkBytesPerNano);
        return rate <= 0 ? -1 : bytes / rate;
    }

    /**
     * As {@link #nanosFor(long)}, at the faster of this load's rate and {@code linkBytesPerNano} (the link's, from
     * earlier loads; ≤ 0 when unknown): a load's own requests may all be small ranges, slower than the link.
     */
    double nanosFor(long bytes, double linkBytesPerNano) {
        double rate = Math.max(bytesPerNano, linkBytesPerNano);
        return rate <= 0 ? -1 : Math.max(0, firstByteNanos) + bytes / rate;
    }
}
