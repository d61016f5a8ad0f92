package org.glimpse.api.frame;

import java.util.Objects;

/**
 * Why a frame (or a whole load) could not be had, as data a host can act on: where it failed, how, at which
 * stage, and whether trying again may help.
 *
 * @param where the part that failed
 * @param kind what went wrong there: a codec's {@code DecodeException.Kind} name (MALFORMED, TIMEOUT, …), or
 *        for the transport HTTP_STATUS, CONNECTION, MALFORMED_RESPONSE, CANCELLED; for configuration INVALID
 * @param httpStatus the last HTTP status, or 0 when none applies
 * @param stageId the retrieve stage (or "metadata") during which it failed, or null
 * @param retryable whether the same request may succeed later (a lost connection, a 5xx, a decoder hang)
 * @param message what happened, naming the value and its source
 */
public record FrameFailure(Where where, String kind, int httpStatus, String stageId, boolean retryable,
        String message) {

    /** The part of the data flow where a failure happened. */
    public enum Where {
        /** Reading metadata or frames over HTTP. */
        TRANSPORT,
        /** Inspecting or decoding a codestream. */
        CODEC,
        /** Choosing a retrieve configuration or a decoder for the series. */
        CONFIGURATION
    }

    public FrameFailure {
        Objects.requireNonNull(where, "where is null");
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(message, "message is null");
        if (httpStatus != 0 && (httpStatus < 100 || httpStatus > 599)) {
            throw new IllegalArgumentException("httpStatus must be 0 or in [100, 599], was " + httpStatus);
        }
    }

    @Override
    public String toString() {
        return where + " " + kind + (httpStatus == 0 ? "" : " HTTP " + httpStatus)
                + (stageId == null ? "" : " at stage " + stageId) + (retryable ? " (retryable)" : "") + ": " + message;
    }
}
