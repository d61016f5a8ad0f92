package org.glimpse.codec.internal.core;

/** The size a native codec decoded into its output, and the reduce it stands for. */
public record DecodedSize(int width, int height, int samples, int reduce) {
    public DecodedSize {
        if (width < 1 || height < 1 || samples < 1) {
            throw new IllegalArgumentException("decoded size must be ≥ 1×1×1, was " + width + "×" + height + "×"
                    + samples);
        }
    }

    /** Values decoded: width × height × samples. */
    public long values() {
        return (long) width * height * samples;
    }
}
