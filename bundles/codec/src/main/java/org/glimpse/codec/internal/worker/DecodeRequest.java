package org.glimpse.codec.internal.worker;

import java.util.Objects;
import org.glimpse.api.frame.PixelDescriptor;

/**
 * One native decode: the codec, the bytes held, and what the DICOM header says they must decode to.
 *
 * @param complete false when the bytes are a prefix (decoded leniently to the best complete level)
 * @param reduce resolution levels to discard (JPEG 2000 only)
 * @param reduced true for a server-made reduced rendition (its size is its own, within Rows × Columns)
 */
public record DecodeRequest(CodecId codec, byte[] data, int length, boolean complete, int reduce, int threads,
        PixelDescriptor pixel, boolean reduced) {
    public DecodeRequest {
        Objects.requireNonNull(codec, "codec is null");
        Objects.requireNonNull(data, "data is null");
        Objects.requireNonNull(pixel, "pixel is null");
        if (length < 0 || length > data.length) {
            throw new IllegalArgumentException("length " + length + " outside [0, " + data.length + "]");
        }
    }

    /** A request for the frame itself (not a reduced rendition). */
    public DecodeRequest(CodecId codec, byte[] data, int length, boolean complete, int reduce, int threads,
            PixelDescriptor pixel) {
        this(codec, data, length, complete, reduce, threads, pixel, false);
    }

    public DecodeJob job() {
        return new DecodeJob(codec, length, complete, reduce, threads, pixel, reduced);
    }
}
