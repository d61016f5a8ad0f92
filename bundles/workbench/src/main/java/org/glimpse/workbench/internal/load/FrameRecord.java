package org.glimpse.workbench.internal.load;

import java.util.List;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameFailure;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.loader.FrameMetrics;
import org.glimpse.api.loader.LevelEvent;

/** What the host's own loading knows of one frame: its image, its failure, when and at what cost. */
final class FrameRecord {

    final FrameKey key;
    final int index;
    volatile DecodedFrame image;
    volatile FrameFailure failure;
    volatile long shownNanos = -1;
    volatile long bytes;
    volatile double decodeMillis;

    FrameRecord(FrameKey key, int index) {
        this.key = key;
        this.index = index;
    }

    boolean done() {
        return image != null || failure != null;
    }

    FrameMetrics metrics(String stageId) {
        DecodedFrame f = image;
        List<LevelEvent> levels = f == null ? List.of() : List.of(new LevelEvent(shownNanos, f.reduce(), f.width(),
                f.height(), f.quality(), bytes, stageId, decodeMillis));
        return new FrameMetrics(key, index, shownNanos, f == null ? null : f.quality(), shownNanos, bytes, levels,
                failure);
    }
}
