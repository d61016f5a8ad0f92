package org.glimpse.loader.internal.load;

/**
 * Whether a prefix decode is worth starting while a frame's last bytes stream in: not when it would still be
 * running as the last byte lands, for then it takes a core from the whole frame's decode (two cores, and the
 * final image is the one that counts) and shows its level only moments before the final one. The estimate is
 * the bytes left at the rate this request has brought them, against the prefix's pixels at the time per pixel
 * this load's decodes have taken. Anything unknown (no rate yet, no decode yet, no frame length) decodes.
 */
final class PrefixWorth {

    private PrefixWorth() {
    }

    /**
     * @param bytesLeft bytes of the frame still to come in this request, or -1 when unknown
     * @param bytesPerNano the rate they have come at so far, or ≤ 0 when unknown
     * @param pixels pixels of the prefix's image
     * @param nanosPerPixel decode time per pixel of this load, or ≤ 0 when unknown
     */
    static boolean decode(long bytesLeft, double bytesPerNano, long pixels, double nanosPerPixel) {
        if (bytesLeft < 0 || bytesPerNano <= 0 || nanosPerPixel <= 0) {
            return true;
        }
        return pixels * nanosPerPixel < bytesLeft / bytesPerNano;
    }
}
