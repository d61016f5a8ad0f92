package org.glimpse.api.transport;

import org.osgi.annotation.versioning.ConsumerType;

/** The response head (and multipart part head) of a frame retrieval has been read. */
@ConsumerType
@FunctionalInterface
public interface ResponseListener {
    void onResponse(FrameResponseInfo info);
}
