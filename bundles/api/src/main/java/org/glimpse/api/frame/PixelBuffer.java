package org.glimpse.api.frame;

import java.util.Objects;

/**
 * Stored values, row by row, samples interleaved (RGB RGB …) when there are three, held in
 * {@code [offset, offset + length)} of an array. Frames can share one array (a slab): a decoder writes
 * only its own range and never reads or writes outside it, so neighbouring frames stay intact, and a
 * 512² 16-bit frame need not be an array of its own (a G1 humongous object).
 *
 * <p>A caller that supplies a buffer to decode into owns it; the decoded frame's buffer is then a view of
 * the same array at the same offset, its length the number of values decoded (at most the supplied length).
 */
@org.osgi.annotation.versioning.ProviderType
public sealed interface PixelBuffer permits PixelBuffer.Bytes, PixelBuffer.Shorts {

    /** Index in the array of the first value. */
    int offset();

    /** Number of stored values. */
    int length();

    /** Whether stored values are two's complement signed (PixelRepresentation 1). */
    boolean signed();

    /** The same array from {@code offset() + from}, {@code length} values long. */
    PixelBuffer slice(int from, int length);

    /** 8-bit stored values (unsigned unless {@code signed}). */
    record Bytes(byte[] values, int offset, int length, boolean signed) implements PixelBuffer {
        public Bytes {
            Objects.requireNonNull(values, "values is null");
            checkRange(offset, length, values.length);
        }

        /** The whole array. */
        public Bytes(byte[] values, boolean signed) {
            this(values, 0, Objects.requireNonNull(values, "values is null").length, signed);
        }

        @Override
        public Bytes slice(int from, int length) {
            checkRange(from, length, this.length);
            return new Bytes(values, offset + from, length, signed);
        }
    }

    /** 9- to 16-bit stored values (unsigned unless {@code signed}). */
    record Shorts(short[] values, int offset, int length, boolean signed) implements PixelBuffer {
        public Shorts {
            Objects.requireNonNull(values, "values is null");
            checkRange(offset, length, values.length);
        }

        /** The whole array. */
        public Shorts(short[] values, boolean signed) {
            this(values, 0, Objects.requireNonNull(values, "values is null").length, signed);
        }

        @Override
        public Shorts slice(int from, int length) {
            checkRange(from, length, this.length);
            return new Shorts(values, offset + from, length, signed);
        }
    }

    /** A new buffer of {@code length} values of the type BitsAllocated asks for (8: bytes, 16: shorts). */
    static PixelBuffer allocate(PixelDescriptor pixel, int length) {
        return pixel.bitsAllocated() <= 8 ? new Bytes(new byte[length], pixel.signed())
                : new Shorts(new short[length], pixel.signed());
    }

    private static void checkRange(int offset, int length, int capacity) {
        if (offset < 0 || length < 0 || (long) offset + length > capacity) {
            throw new IllegalArgumentException("range [" + offset + ", " + ((long) offset + length)
                    + ") outside an array of " + capacity + " values");
        }
    }
}
