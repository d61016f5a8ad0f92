package org.glimpse.api.frame;

/**
 * How good an image shown for a frame is, with Cornerstone3D's numeric values so that stored
 * configurations and logs compare across both products. Higher is better; a loader never replaces an
 * image with one of lower status.
 */
public enum ImageQualityStatus {
    /** A far neighbour's image stands in for a frame not loaded yet. */
    FAR_REPLICATE(1),
    /** An adjacent frame's image stands in for a frame not loaded yet. */
    ADJACENT_REPLICATE(3),
    /** The frame's own pixels at a reduced resolution level. */
    SUBRESOLUTION(6),
    /** The frame's own pixels at full size, but lossy. */
    LOSSY(7),
    /** The frame's own pixels at full size, lossless: final. */
    FULL_RESOLUTION(8);

    private final int value;

    ImageQualityStatus(int value) {
        this.value = value;
    }

    /** The Cornerstone3D number for this status. */
    public int value() {
        return value;
    }

    /** Whether this status is strictly better than {@code other}. */
    public boolean isBetterThan(ImageQualityStatus other) {
        return other == null || value > other.value;
    }

    /** The status with Cornerstone3D number {@code value}, or an error naming the value. */
    public static ImageQualityStatus fromValue(int value) {
        for (ImageQualityStatus s : values()) {
            if (s.value == value) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown imageQualityStatus " + value + " (known: 1, 3, 6, 7, 8)");
    }
}
