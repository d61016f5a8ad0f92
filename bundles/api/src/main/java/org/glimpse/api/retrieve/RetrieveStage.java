package org.glimpse.api.retrieve;

import java.util.List;
import java.util.Objects;

/**
 * One pass over a series, as in Cornerstone3D's retrieve stages: which frames it requests and how.
 *
 * <p>Frames are chosen by {@code positions} (relative in (0,1) of the frame count, negative counted from
 * the end with -1 the last, absolute frame numbers from 1) or, when positions are empty, by every
 * {@code decimate}-th frame starting at {@code offset} (decimate 1 = every frame).
 *
 * @param id stage name, unique within a configuration
 * @param retrieveType key into {@link RetrieveConfiguration#retrieveOptions()}; null uses "default"
 * @param positions explicit frame positions, empty to use decimate/offset
 * @param decimate step between frames (≥ 1)
 * @param offset first frame index of the decimation (0 ≤ offset &lt; decimate)
 * @param requestType why this stage's requests are made
 * @param priority order among stages of the same request type (lower first)
 * @param nearbyFrames neighbours that borrow this stage's image until their own arrives
 */
public record RetrieveStage(String id, String retrieveType, List<Double> positions, int decimate, int offset,
        RequestType requestType, int priority, List<NearbyFrame> nearbyFrames) {

    public RetrieveStage {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("stage id must not be empty");
        }
        positions = positions == null ? List.of() : List.copyOf(positions);
        nearbyFrames = nearbyFrames == null ? List.of() : List.copyOf(nearbyFrames);
        requestType = requestType == null ? RequestType.PREFETCH : requestType;
        if (decimate < 1) {
            throw new IllegalArgumentException("stage '" + id + "': decimate must be ≥ 1, was " + decimate);
        }
        if (offset < 0 || offset >= decimate) {
            throw new IllegalArgumentException("stage '" + id + "': offset must be in [0, decimate=" + decimate
                    + "), was " + offset);
        }
        for (Double p : positions) {
            Objects.requireNonNull(p, "stage '" + id + "': a position is null");
            if (p.isNaN() || p.isInfinite() || (p >= 1 && p != Math.rint(p)) || (p < 0 && p != Math.rint(p))) {
                throw new IllegalArgumentException("stage '" + id + "': position " + p
                        + " must be in [0,1), a negative whole number (from the end) or a whole number ≥ 1");
            }
        }
    }

    /** A stage over every frame with one request type and no explicit positions. */
    public static RetrieveStage everyFrame(String id, String retrieveType, RequestType requestType) {
        return new RetrieveStage(id, retrieveType, List.of(), 1, 0, requestType, 0, List.of());
    }
}
