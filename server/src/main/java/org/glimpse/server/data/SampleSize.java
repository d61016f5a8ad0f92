package org.glimpse.server.data;

import java.util.Locale;

/**
 * Dimensions of a sample data set. {@link #DEFAULT} is the data set the benchmarks are specified on;
 * {@link #SMALL} has the same shapes at sizes that prepare in a few seconds, for tests.
 *
 * @param name         directory-safe name, also written to the catalog
 * @param dxSize       rows = columns of the DX image
 * @param ctSize       rows = columns of each CT slice
 * @param ctSlices     number of CT slices (one instance each)
 * @param cineSize     rows = columns of the multi-frame instance
 * @param cineFrames   frames of the multi-frame instance
 * @param rawSize      rows = columns of the uncompressed-only instance
 */
public record SampleSize(String name, int dxSize, int ctSize, int ctSlices, int cineSize, int cineFrames,
        int rawSize) {

    public static final SampleSize DEFAULT = new SampleSize("default", 3036, 512, 200, 512, 12, 256);
    public static final SampleSize SMALL = new SampleSize("small", 512, 128, 16, 128, 4, 64);

    public SampleSize {
        if (name == null || !name.matches("[a-z0-9-]{1,32}")) {
            throw new IllegalArgumentException("sample size name must match [a-z0-9-]{1,32}, was " + name);
        }
        requireRange("dxSize", dxSize, 16, 8192);
        requireRange("ctSize", ctSize, 16, 2048);
        requireRange("ctSlices", ctSlices, 2, 2000);
        requireRange("cineSize", cineSize, 16, 2048);
        requireRange("cineFrames", cineFrames, 2, 500);
        requireRange("rawSize", rawSize, 8, 2048);
    }

    /** {@code default} or {@code small}, case-insensitive. */
    public static SampleSize named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "default" -> DEFAULT;
            case "small" -> SMALL;
            default -> throw new IllegalArgumentException("unknown sample size '" + name
                    + "': expected default or small");
        };
    }

    private static void requireRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("sample size " + field + " must be in [" + min + ", " + max
                    + "], was " + value);
        }
    }
}
