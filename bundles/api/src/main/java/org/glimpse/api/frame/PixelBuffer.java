package org.glimpse.api.frame;

import java.util.Objects;

/** Decoded stored values, row by row, samples interleaved (RGB RGB …) when there are three. */
public sealed interface PixelBuffer permits PixelBuffer.Bytes, PixelBuffer.Shorts {

    /** Number of stored values. */
    int length();

    /** 8-bit stored values (unsigned unless {@code signed}). */
    record Bytes(byte[] values, boolean signed) implements PixelBuffer {
        public Bytes {
            Objects.requireNonNull(values, "values is null");
        }

        @Override
        public int length() {
            return values.length;
        }
    }

    /** 9- to 16-bit stored values (unsigned unless {@code signed}). */
    record Shorts(short[] values, boolean signed) implements PixelBuffer {
        public Shorts {
            Objects.requireNonNull(values, "values is null");
        }

        @Override
        public int length() {
            return values.length;
        }
    }
}
