package org.glimpse.api.loader;

import java.util.List;
import java.util.Objects;
import org.glimpse.api.frame.FrameFailure;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.ImageQualityStatus;

/**
 * How one frame loaded. Times are nanoseconds from the start of the load, -1 when not reached.
 *
 * @param frame the frame
 * @param frameIndex 0-based index in the series
 * @param firstShownNanos when the frame first had any image to show, a neighbour's replicate included
 * @param firstShownStatus the status of that first image, or null
 * @param finalNanos when it reached its final image
 * @param bytes frame bytes received over all its requests
 * @param levels each image of its own pixels handed to the host, in order
 * @param failure why it failed, or null
 */
public record FrameMetrics(FrameKey frame, int frameIndex, long firstShownNanos, ImageQualityStatus firstShownStatus,
        long finalNanos, long bytes, List<LevelEvent> levels, FrameFailure failure) {

    public FrameMetrics {
        Objects.requireNonNull(frame, "frame is null");
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    /** The last image of its own pixels handed over, or null. */
    public LevelEvent lastLevel() {
        return levels.isEmpty() ? null : levels.get(levels.size() - 1);
    }
}
