package org.glimpse.api.transport;

import org.osgi.annotation.versioning.ConsumerType;

/** A frame retrieval finished. */
@ConsumerType
@FunctionalInterface
public interface CompleteListener {
    void onComplete(FrameResult result);
}
