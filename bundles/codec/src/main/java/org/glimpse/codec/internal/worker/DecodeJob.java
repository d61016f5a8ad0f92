package org.glimpse.codec.internal.worker;

import java.util.Objects;
import org.glimpse.api.frame.PixelDescriptor;

/**
 * What a native decode is asked to do, apart from the bytes (which a worker finds in shared memory).
 *
 * @param length number of encoded bytes
 * @param complete false when the bytes are a prefix (decoded leniently to the best complete level)
 * @param reduce resolution levels to discard (JPEG 2000 only)
 * @param reduced true for a server-made reduced rendition (its size is its own, within Rows × Columns)
 */
public record DecodeJob(CodecId codec, int length, boolean complete, int reduce, int threads, PixelDescriptor pixel,
        boolean reduced) {
    public DecodeJob {
        Objects.requireNonNull(codec, "codec is null");
        Objects.requireNonNull(pixel, "pixel is null");
        if (length < 0) {
            throw new IllegalArgumentException("length must be ≥ 0, was " + length);
        }
    }

    /** The same job on {@code n} threads. */
    public DecodeJob withThreads(int n) {
        return n == threads ? this : new DecodeJob(codec, length, complete, reduce, n, pixel, reduced);
    }

    /** Bytes of one decoded value: 1 for BitsAllocated 8, else 2. */
    public int bytesPerValue() {
        return pixel.bitsAllocated() <= 8 ? 1 : 2;
    }

    /** The most values any decode of this frame yields: Rows × Columns × SamplesPerPixel. */
    public long maxValues() {
        return (long) pixel.rows() * pixel.columns() * pixel.samplesPerPixel();
    }
}
