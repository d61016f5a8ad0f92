package org.glimpse.loader.internal.load;

/**
 * What a decode costs per pixel in this load, as the loader sees it (from asking to hand-over, queueing
 * included): a moving average over the decodes returned, for {@link PrefixWorth}. Guarded by the load's lock.
 */
final class DecodeCost {

    private static final double WEIGHT = 0.25;
    private double nanosPerPixel = -1;

    void decoded(long pixels, double millis) {
        if (pixels <= 0 || millis <= 0) {
            return;
        }
        double sample = millis * 1e6 / pixels;
        nanosPerPixel = nanosPerPixel < 0 ? sample : nanosPerPixel + WEIGHT * (sample - nanosPerPixel);
    }

    /** Nanoseconds per pixel, or -1 before any decode returned. */
    double nanosPerPixel() {
        return nanosPerPixel;
    }
}
