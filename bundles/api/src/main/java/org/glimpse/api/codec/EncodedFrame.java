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
 * @param data the bytes; only {@code [0, length)} is valid. Decoders only read it, and not after the decode
 *        ends, so a caller may reuse the array once a decode of it has completed
 * @param length number of valid bytes
 * @param complete whether these are all the frame's bytes (false: a prefix)
 * @param rendition whether the bytes are the frame itself or a smaller rendition the server made
 */
public record EncodedFrame(FrameKey key, String transferSyntaxUid, PixelDescriptor pixel, byte[] data, int length,
        boolean complete, Rendition rendition) {

    public EncodedFrame {
        Objects.requireNonNull(key, "key is null");
        Objects.requireNonNull(transferSyntaxUid, "transferSyntaxUid is null");
        Objects.requireNonNull(pixel, "pixel is null");
        Objects.requireNonNull(data, "data is null");
        Objects.requireNonNull(rendition, "rendition is null");
        if (length < 0 || length > data.length) {
            throw new IllegalArgumentException("length " + length + " outside [0, " + data.length + "] for " + key);
        }
    }

    /** The bytes of the frame itself ({@link Rendition#FULL}). */
    public EncodedFrame(FrameKey key, String transferSyntaxUid, PixelDescriptor pixel, byte[] data, int length,
            boolean complete) {
        this(key, transferSyntaxUid, pixel, data, length, complete, Rendition.FULL);
    }

    /** The same bytes marked as another rendition. */
    public EncodedFrame as(Rendition other) {
        return new EncodedFrame(key, transferSyntaxUid, pixel, data, length, complete, other);
    }
}
