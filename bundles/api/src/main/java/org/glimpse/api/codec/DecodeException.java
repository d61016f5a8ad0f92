package org.glimpse.api.codec;

import org.glimpse.api.frame.FrameKey;

/**
 * A frame could not be decoded. The message names the frame, the codec and the bytes held; {@link #kind()}
 * tells the loader whether waiting for more bytes or another transfer syntax can help.
 */
public class DecodeException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why decoding failed. */
    public enum Kind {
        /** The bytes held do not contain a decodable level yet; more bytes may help. */
        INCOMPLETE,
        /** The bytes are not a valid codestream, or disagree with the DICOM header. */
        MALFORMED,
        /** Valid, but this codec cannot decode it (a feature or syntax it lacks). */
        UNSUPPORTED,
        /** The codec's native library is not loaded on this platform. */
        UNAVAILABLE,
        /** The decoder exceeded its time budget and was stopped. */
        TIMEOUT,
        /** The decoder process died (abort, segfault) on this input. */
        CRASHED
    }

    private final transient FrameKey frame;
    private final Kind kind;

    public DecodeException(Kind kind, FrameKey frame, String message) {
        this(kind, frame, message, null);
    }

    public DecodeException(Kind kind, FrameKey frame, String message, Throwable cause) {
        super(kind + " " + frame + ": " + message, cause);
        this.kind = kind;
        this.frame = frame;
    }

    /** Why decoding failed. */
    public Kind kind() {
        return kind;
    }

    /** The frame that failed. */
    public FrameKey frame() {
        return frame;
    }
}
