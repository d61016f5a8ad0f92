package org.glimpse.workbench.internal.load;

import java.util.Objects;
import org.glimpse.api.frame.ImageQualityStatus;

/**
 * One image a frame showed, as the host saw it arrive.
 *
 * @param nanos time since the series was asked to load
 * @param quality the image's status
 * @param width decoded columns (the frame's Columns when full size)
 */
public record QualityStep(long nanos, ImageQualityStatus quality, int width) {
    public QualityStep {
        Objects.requireNonNull(quality, "quality is null");
        if (nanos < 0) {
            throw new IllegalArgumentException("nanos must be ≥ 0, was " + nanos);
        }
    }
}
