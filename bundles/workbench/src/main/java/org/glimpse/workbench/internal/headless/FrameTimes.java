package org.glimpse.workbench.internal.headless;

import org.glimpse.api.frame.ImageQualityStatus;

/**
 * What the host saw of one frame: times in nanoseconds from the moment the series was asked to load, -1 when
 * not reached. Mutated only on the loader's calls for its series, which never overlap.
 */
final class FrameTimes {
    long firstNanos = -1;
    ImageQualityStatus firstQuality;
    long lastNanos = -1;
    ImageQualityStatus lastQuality;
    int lastWidth;
    int lastHeight;
    int updates;
    boolean saved;
    String failure;

    void updated(long nanos, ImageQualityStatus quality, int width, int height) {
        if (firstNanos < 0) {
            firstNanos = nanos;
            firstQuality = quality;
        }
        lastNanos = nanos;
        lastQuality = quality;
        lastWidth = width;
        lastHeight = height;
        updates++;
        failure = null; // a better image after a failed attempt (a retry, a later stage) supersedes it
    }

    /** Whether the frame holds an image decoded from its own bytes (not a neighbour's replicate). */
    boolean ownImage() {
        return lastQuality != null && lastQuality.compareTo(ImageQualityStatus.SUBRESOLUTION) >= 0;
    }
}
