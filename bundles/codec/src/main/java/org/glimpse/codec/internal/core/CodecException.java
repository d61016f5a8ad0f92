package org.glimpse.codec.internal.core;

import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.frame.FrameKey;

/**
 * A decode failure before the frame it belongs to is known (inside a codec or a worker process); the
 * frame decoder turns it into a {@link DecodeException} naming the frame.
 */
public final class CodecException extends Exception {
    private static final long serialVersionUID = 1L;

    private final DecodeException.Kind kind;

    public CodecException(DecodeException.Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public DecodeException.Kind kind() {
        return kind;
    }

    public DecodeException toDecodeException(FrameKey key, String codec, int bytes) {
        return new DecodeException(kind, key, codec + " on " + bytes + " bytes: " + getMessage(), this);
    }
}
