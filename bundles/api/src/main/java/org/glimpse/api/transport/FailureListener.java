package org.glimpse.api.transport;

import org.osgi.annotation.versioning.ConsumerType;

/** A frame retrieval failed or was cancelled. */
@ConsumerType
@FunctionalInterface
public interface FailureListener {
    void onFailure(TransportException failure);
}
