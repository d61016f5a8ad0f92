package org.glimpse.api.codec;

import java.util.Objects;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.PixelDescriptor;

/**
 * The bytes held so far for one frame, and what the DICOM header says they must decode to.
 *
 * @param key the frame, for error messages
 * @param transferSyntaxUid the transfer syntax the bytes are in (sniffed bytes win over a label)
 * @param pixel the DICOM Image Pixel module the decoded image must agree with
 * @param data the bytes; only {@code [0, length)} is valid
 * @param length number of valid bytes
 * @param complete whether these are all the frame's bytes (false: a prefix)
 */
public record EncodedFrame(FrameKey key, String transferSyntaxUid, PixelDescriptor pixel, byte[] data, int length,
        boolean complete) {

    public EncodedFrame {
        Objects.requireNonNull(key, "key is null");
        Objects.requireNonNull(transferSyntaxUid, "transferSyntaxUid is null");
        Objects.requireNonNull(pixel, "pixel is null");
        Objects.requireNonNull(data, "data is null");
        if (length < 0 || length > data.length) {
            throw new IllegalArgumentException("length " + length + " outside [0, " + data.length + "] for " + key);
        }
    }
}
