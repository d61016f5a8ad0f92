package org.glimpse.loader.internal.load;

/**
 * Whether a prefix decode is worth starting while a frame's last bytes are still to come: not when it would still
 * be running as the last byte lands, for then it takes a core from the whole frame's decode (two cores, and the
 * final image is the one that counts) and shows its level only moments before the final one. The caller
 * estimates when the last byte lands (at the rate bytes have come); the decode's time is the prefix's pixels
 * at the time per pixel this load's decodes have taken. Anything unknown decodes.
 */
final class PrefixWorth {

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
        return pixels * nanosPerPixel < nanosToLastByte;
    }
}
