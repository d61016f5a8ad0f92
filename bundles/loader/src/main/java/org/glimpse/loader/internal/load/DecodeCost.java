package org.glimpse.loader.internal.load;

/**
 * What a decode costs per pixel in this load, for {@link PrefixWorth}: a moving average over the decodes of at
 * least {@link #MIN_PIXELS} pixels, decoder time only. A wait in the decode queue says how busy the decoders
 * were, not what a decode costs; and a small level's time is mostly the fixed cost of a decode (a 48² level of a
 * 3036² frame took 3 ms, 1300 ns a pixel, where its 1518² level took 40 ns a pixel), which would price every
 * larger level far too high. Guarded by the load's lock.
 */
final class DecodeCost {

    /** Decodes smaller than this (a 256² level) do not count. */
    static final long MIN_PIXELS = 1 << 16;
    private static final double WEIGHT = 0.25;
    private double nanosPerPixel = -1;

    void decoded(long pixels, double decodeMillis) {
        if (pixels < MIN_PIXELS || decodeMillis <= 0) {
            return;
        }
        double sample = decodeMillis * 1e6 / pixels;
        nanosPerPixel = nanosPerPixel < 0 ? sample : nanosPerPixel + WEIGHT * (sample - nanosPerPixel);
    }

    /** Nanoseconds per pixel, or -1 before a decode large enough to tell returned. */
    double nanosPerPixel() {
        return nanosPerPixel;
    }
}
