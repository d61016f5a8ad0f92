package org.glimpse.workbench.internal.headless;

import java.nio.file.Path;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.ImageQualityStatus;

/**
 * One image of a frame in view, drawn by the host.
 *
 * @param frame the frame
 * @param quality its status
 * @param width decoded columns
 * @param height decoded rows
 * @param handedNanos when the loader handed it over, from the load request
 * @param drawnNanos when the host had drawn it at Rows × Columns
 * @param png where it was written, or null
 */
record RenderStep(FrameKey frame, ImageQualityStatus quality, int width, int height, long handedNanos,
        long drawnNanos, Path png) {
}
