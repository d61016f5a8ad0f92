package org.glimpse.transport.internal.fetch;

import java.nio.ByteBuffer;
import org.glimpse.api.transport.FrameListener;
import org.glimpse.api.transport.FrameResponseInfo;
import org.glimpse.api.transport.FrameResult;
import org.glimpse.api.transport.TransportException;

/**
 * Passes events on to the caller's listener and notes when the first and last frame bytes came. What the listener
 * throws while taking the head or bytes comes out as a {@link ListenerFailure}.
 */
final class TimedListener implements FrameListener {

    private final FrameListener target;
    private long firstByteNanos = -1;
    private long lastByteNanos = -1;

    TimedListener(FrameListener target) {
        this.target = target;
    }

    @Override
    public void onResponse(FrameResponseInfo info) {
        try {
            target.onResponse(info);
        } catch (RuntimeException e) {
            throw new ListenerFailure("the response head", e);
        }
    }

    @Override
    public void onContent(long offset, ByteBuffer chunk) {
        long now = System.nanoTime();
        if (firstByteNanos < 0) {
            firstByteNanos = now;
        }
        lastByteNanos = now;
        try {
            target.onContent(offset, chunk);
        } catch (RuntimeException e) {
            throw new ListenerFailure("the bytes from offset " + offset, e);
        }
    }

    @Override
    public void onComplete(FrameResult result) {
        target.onComplete(result);
    }

    @Override
    public void onFailure(TransportException failure) {
        target.onFailure(failure);
    }

    void lastByte() {
        if (lastByteNanos < 0 && firstByteNanos >= 0) {
            lastByteNanos = System.nanoTime();
        }
    }

    long firstByteNanos() {
        return firstByteNanos;
    }

    long lastByteNanos() {
        return lastByteNanos;
    }
}
