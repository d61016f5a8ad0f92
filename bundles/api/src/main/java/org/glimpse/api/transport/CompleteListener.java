package org.glimpse.api.transport;

/** A frame retrieval finished. */
@FunctionalInterface
public interface CompleteListener {
    void onComplete(FrameResult result);
}
