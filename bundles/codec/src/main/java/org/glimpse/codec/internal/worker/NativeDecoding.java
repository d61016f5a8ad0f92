package org.glimpse.codec.internal.worker;

import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedPixels;

/** Runs native decodes somewhere a crash or a hang cannot take the caller down. */
public interface NativeDecoding extends AutoCloseable {

    DecodedPixels decode(DecodeRequest request, long timeoutMillis) throws CodecException;

    /**
     * Decodes into the start of {@code target} (a buffer of exactly the decoded size when null).
     *
     * @throws IllegalArgumentException when the decoded values do not fit {@code target}
     */
    default DecodedPixels decode(DecodeRequest request, long timeoutMillis, PixelBuffer target) throws CodecException {
        DecodedPixels p = decode(request, timeoutMillis);
        if (target == null) {
            return p;
        }
        PixelBuffer to = target.slice(0, p.pixels().length());
        copy(p.pixels(), to);
        return new DecodedPixels(p.width(), p.height(), p.samples(), p.reduce(), to);
    }

    /**
     * {@link System#nanoTime()} when the last decode the calling thread ran here began: when its worker took it
     * up, which may be well after the call, while the worker decoded the frame before it; -1 before the first.
     */
    default long beganNanos() {
        return -1;
    }

    /** Decodes that can run at the same time. */
    default int size() {
        return 1;
    }

    /**
     * Decodes each of those {@link #size} places can hold at once: with 2, a caller hands over the next frame
     * while the current one decodes, so the decoder goes on without waiting for it.
     */
    default int depth() {
        return 1;
    }

    /** A load began: its first decodes come within moments; the decoders may get ready for them. */
    default void getReady() {
        // nothing sleeps that could be woken ahead
    }

    /** Stops the decode {@code caller} runs now or starts next here; it fails at once. */
    default void stop(Thread caller) {
        // decodes in this JVM cannot be stopped; their result is dropped
    }

    /** Forgets a stop for {@code caller} that came after its decode ended. */
    default void clearStop(Thread caller) {
        // nothing held
    }

    @Override
    void close();

    private static void copy(PixelBuffer from, PixelBuffer to) {
        if (from instanceof PixelBuffer.Shorts s && to instanceof PixelBuffer.Shorts d) {
            System.arraycopy(s.values(), s.offset(), d.values(), d.offset(), s.length());
        } else if (from instanceof PixelBuffer.Bytes s && to instanceof PixelBuffer.Bytes d) {
            System.arraycopy(s.values(), s.offset(), d.values(), d.offset(), s.length());
        } else {
            throw new IllegalArgumentException("decoded " + from.getClass().getSimpleName() + ", the target holds "
                    + to.getClass().getSimpleName());
        }
    }
}
