package org.glimpse.api.loader;

import java.util.Objects;
import org.glimpse.api.frame.ImageQualityStatus;

/**
 * One image of a frame's own pixels handed to the host.
 *
 * @param nanos when, from the start of the load
 * @param reduce resolution levels discarded (0 = full size)
 * @param width decoded columns
 * @param height decoded rows
 * @param status its quality status
 * @param bytes frame bytes held when it was decoded
 * @param stageId the stage whose bytes it came from
 * @param decodeMillis time the decode took
 */
public record LevelEvent(long nanos, int reduce, int width, int height, ImageQualityStatus status, long bytes,
        String stageId, double decodeMillis) {
    public LevelEvent {
        Objects.requireNonNull(status, "status is null");
        if (nanos < 0 || reduce < 0 || bytes < 0 || decodeMillis < 0) {
            throw new IllegalArgumentException("times, reduce and bytes must be ≥ 0, were " + nanos + " ns, reduce "
                    + reduce + ", " + bytes + " bytes, " + decodeMillis + " ms");
        }
    }
}
