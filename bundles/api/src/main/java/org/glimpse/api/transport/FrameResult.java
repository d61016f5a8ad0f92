package org.glimpse.api.transport;

/**
 * A finished retrieval.
 *
 * @param info what the server said
 * @param bytesDelivered bytes handed to the listener
 * @param frameComplete whether the frame's last byte has now been delivered
 * @param metrics how the request went
 */
public record FrameResult(FrameResponseInfo info, long bytesDelivered, boolean frameComplete,
        RequestMetrics metrics) {
}
