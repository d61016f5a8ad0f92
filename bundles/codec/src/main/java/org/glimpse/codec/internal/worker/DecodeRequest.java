package org.glimpse.codec.internal.worker;

import java.util.Objects;
import org.glimpse.api.frame.PixelDescriptor;

/**
 * One native decode: the codec, the bytes held, and what the DICOM header says they must decode to.
 *
 * @param complete false when the bytes are a prefix (decoded leniently to the best complete level)
 * @param reduce resolution levels to discard (JPEG 2000 only)
 */
public record DecodeRequest(CodecId codec, byte[] data, int length, boolean complete, int reduce, int threads,
        PixelDescriptor pixel) {
    public DecodeRequest {
        Objects.requireNonNull(codec, "codec is null");
        Objects.requireNonNull(data, "data is null");
        Objects.requireNonNull(pixel, "pixel is null");
        if (length < 0 || length > data.length) {
            throw new IllegalArgumentException("length " + length + " outside [0, " + data.length + "]");
        }
    }
}
