package org.glimpse.api.transport;

import java.nio.ByteBuffer;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives a frame retrieval's events on a transport thread, in order: one {@link ResponseListener}
 * call, any number of {@link ContentListener} calls, then exactly one of {@link CompleteListener} or
 * {@link FailureListener}. Each is a one-method interface, merged here with empty defaults.
 */
@ConsumerType
public interface FrameListener extends ResponseListener, ContentListener, CompleteListener, FailureListener {

    @Override
    default void onResponse(FrameResponseInfo info) {
    }

    @Override
    default void onContent(long offset, ByteBuffer chunk) {
    }

    @Override
    default void onComplete(FrameResult result) {
    }

    @Override
    default void onFailure(TransportException failure) {
    }
}
