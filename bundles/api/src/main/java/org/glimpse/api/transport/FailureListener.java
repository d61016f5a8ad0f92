package org.glimpse.api.transport;

/** A frame retrieval failed or was cancelled. */
@FunctionalInterface
public interface FailureListener {
    void onFailure(TransportException failure);
}
