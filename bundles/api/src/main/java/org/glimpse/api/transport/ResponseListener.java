package org.glimpse.api.transport;

/** The response head (and multipart part head) of a frame retrieval has been read. */
@FunctionalInterface
public interface ResponseListener {
    void onResponse(FrameResponseInfo info);
}
