package org.glimpse.api.loader;

import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.retrieve.ImageQualityStatus;

/**
 * How one frame loaded. Times are nanoseconds from the start of the load, -1 when not reached.
 *
 * @param frame the frame
 * @param frameIndex 0-based index in the series
 * @param firstDisplayNanos when the frame first had an image of its own (not a replicate)
 * @param finalNanos when it reached its final quality
 * @param bytes frame bytes received
 * @param lastStageId stage of the last image delivered
 * @param quality quality of the last image delivered, or null
 * @param error why it failed, or null
 */
public record FrameMetrics(FrameKey frame, int frameIndex, long firstDisplayNanos, long finalNanos, long bytes,
        String lastStageId, ImageQualityStatus quality, String error) {
}
