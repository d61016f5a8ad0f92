package org.glimpse.loader.internal.load;

/**
 * Whether a prefix decode is worth starting while a frame's last bytes are still to come: only when it takes at
 * most {@code 1 / }{@link #SHARE} of the time until the last byte lands. One still running then takes a core from
 * the whole frame's decode (two cores, and the final image is the one that counts) and shows its level only
 * moments before the final one; and one that ends before still takes a core from the receive: over loopback the
 * server's and the transport's threads are what the bytes wait for, and a 32 ms decode of the 1518² level
 * started 28 ms before the last byte stretched the receive of a 3036² frame from 31 to 70 ms. A decode that
 * delays the last byte by at most its own time is worth it when its image is shown at least three times as
 * long; over {@code 4g} every level is (its last 1518² level starts 1.4 s before the last byte). The caller
 * estimates when the last byte lands (at the faster of the link's known rate and the rate bytes have come); the
 * decode's time is the prefix's pixels at the time per pixel this load's decodes have taken. Anything unknown
 * decodes.
 */
final class PrefixWorth {

    /** The time left to the last byte, in decodes of the prefix, that makes its decode worth it. */
    static final int SHARE = 4;

    private PrefixWorth() {
    }

    /**
     * @param pixels pixels of the prefix's image
     * @param nanosPerPixel decode time per pixel of this load, or ≤ 0 when unknown
     * @param nanosToLastByte time until the frame's last byte lands, or &lt; 0 when unknown
     */
    static boolean decode(long pixels, double nanosPerPixel, double nanosToLastByte) {
        if (nanosPerPixel <= 0 || nanosToLastByte < 0) {
            return true;
        }
        return pixels * nanosPerPixel * SHARE <= nanosToLastByte;
    }
}
