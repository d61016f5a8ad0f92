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
 * @param decodeMillis time a decoder spent on it, from the moment it took the decode until the result
 * @param queueMillis time the decode waited in the decode queue before a decoder took it
 */
public record LevelEvent(long nanos, int reduce, int width, int height, ImageQualityStatus status, long bytes,
        String stageId, double decodeMillis, double queueMillis) {
    public LevelEvent {
        Objects.requireNonNull(status, "status is null");
        if (nanos < 0 || reduce < 0 || bytes < 0 || !(decodeMillis >= 0) || !(queueMillis >= 0)) {
            throw new IllegalArgumentException("times, reduce and bytes must be ≥ 0, were " + nanos + " ns, reduce "
                    + reduce + ", " + bytes + " bytes, decode " + decodeMillis + " ms, queue " + queueMillis + " ms");
        }
    }

    /** An event whose decode did not wait in a queue (or whose wait is not known). */
    public LevelEvent(long nanos, int reduce, int width, int height, ImageQualityStatus status, long bytes,
            String stageId, double decodeMillis) {
        this(nanos, reduce, width, height, status, bytes, stageId, decodeMillis, 0);
    }
}
