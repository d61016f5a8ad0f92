package org.glimpse.loader.internal.decode;

import org.glimpse.api.retrieve.RequestType;

/**
 * The order of waiting decodes, as one int (lower first), with the transport's keys: the frame in view first,
 * then request type, then stage priority (so that an interleaved configuration's thumbnails decode before its
 * whole frames, which arrive faster than they decode), then a frame's whole bytes before a prefix, then
 * distance from the view.
 */
public final class DecodeRank {

    private DecodeRank() {
    }

    /**
     * @param front the frame is in view (or its full quality was asked for)
     * @param priority the stage's priority, clamped to [-1024, 1023]
     * @param distance frames from the nearest frame in view, clamped to 2^16 - 1
     */
    public static int of(boolean front, RequestType type, int priority, boolean whole, int distance) {
        int p = Math.max(-1024, Math.min(1023, priority)) + 1024;
        int d = Math.max(0, Math.min((1 << 16) - 1, distance));
        return ((front ? 0 : 1) << 30) | (type.ordinal() << 28) | (p << 17) | ((whole ? 0 : 1) << 16) | d;
    }
}
