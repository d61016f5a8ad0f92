package org.glimpse.codec.internal.core;

import java.util.concurrent.CancellationException;

/**
 * Whether the caller still wants a decode. The Java decoders ask between lines (JPEG-LS, JPEG lossless) or rows
 * of blocks (12-bit JPEG), so that a cancelled decode gives its thread back within a line's time instead of
 * running to the frame's end while the next frame waits for the thread. Asking must be cheap (a volatile read).
 */
@FunctionalInterface
public interface Cancellation {
    /** A decode nobody cancels (direct calls, tools). */
    Cancellation NONE = () -> false;

    boolean requested();

    /**
     * Ends the decode when it was cancelled.
     *
     * @throws CancellationException naming the codec and how far it got
     */
    default void check(String codec, String unit, int done, int total) {
        if (requested()) {
            throw new CancellationException(codec + " decode cancelled after " + done + " of " + total + " " + unit);
        }
    }
}
