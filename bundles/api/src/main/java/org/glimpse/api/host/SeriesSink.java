package org.glimpse.api.host;

import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.SeriesDescriptor;

/**
 * Where a loader delivers a series, implemented by the host. Shaped after Weasis's series events
 * (series added from metadata, image added/updated, loading started/progress/finished) so that a Weasis
 * binding maps each call to one event. Called from loader threads; implementations hand work to their
 * UI thread and return quickly.
 */
public interface SeriesSink {

    /** The series' metadata are read: create its frames (handles showing nothing yet) in this order. */
    void seriesAdded(SeriesDescriptor series);

    /**
     * A better image for a frame: replace what is shown. {@code frame.quality()} only ever rises for a
     * frame; images below full size carry their true reduce so the host scales them to Rows × Columns.
     */
    void frameUpdated(DecodedFrame frame);

    /** A frame cannot be loaded; what it shows now stays. */
    default void frameFailed(FrameKey frame, String reason) {
    }

    /** How many frames are final out of how many. */
    default void progress(SeriesDescriptor series, int framesFinal, int framesTotal) {
    }

    /** Loading ended: all frames final, or cancelled, or failed (reason non-null). */
    default void loadFinished(SeriesDescriptor series, boolean cancelled, String reason) {
    }
}
