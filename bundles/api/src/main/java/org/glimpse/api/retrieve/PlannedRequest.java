package org.glimpse.api.retrieve;

import org.glimpse.api.frame.ImageQualityStatus;
import java.util.List;
import java.util.Objects;

/**
 * One request of a plan: a frame, the stage that asks for it, how, and what it yields.
 *
 * @param frameIndex 0-based index of the frame in the series' frame order
 * @param stageId the stage this request belongs to
 * @param requestType why it is made
 * @param priority stage priority (lower first within a request type)
 * @param options how to fetch it
 * @param completes quality status of the frame once this request has been decoded; null = from the bytes
 * @param lends neighbours (by absolute frame index) that borrow this image, with their status
 */
public record PlannedRequest(int frameIndex, String stageId, RequestType requestType, int priority,
        RetrieveOptions options, ImageQualityStatus completes, List<Lend> lends) {

    public PlannedRequest {
        if (frameIndex < 0) {
            throw new IllegalArgumentException("frameIndex must be ≥ 0, was " + frameIndex);
        }
        Objects.requireNonNull(stageId, "stageId is null");
        Objects.requireNonNull(requestType, "requestType is null");
        Objects.requireNonNull(options, "options is null");
        lends = lends == null ? List.of() : List.copyOf(lends);
    }

    /** A neighbour at {@code frameIndex} that may show this request's image with {@code status}. */
    public record Lend(int frameIndex, ImageQualityStatus status) {
    }
}
