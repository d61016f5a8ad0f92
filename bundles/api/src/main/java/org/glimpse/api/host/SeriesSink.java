package org.glimpse.api.host;

import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameFailure;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.frame.LoadOutcome;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.frame.SeriesKey;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where a loader delivers series, implemented by the host; one sink may receive several series, so every
 * call names the series it concerns. Shaped after Weasis's series events (series added from metadata, image
 * added/updated, loading progress/finished) so that a Weasis binding maps each call to one event.
 *
 * <p>Called from loader threads, never two calls for the same series at once, in this order:
 * {@code seriesAdded} (unless the metadata could not be read), then any number of the frame, progress,
 * coverage and volume calls, then exactly one {@code loadEnded}. Implementations hand work to their UI thread
 * and return quickly.
 */
@ConsumerType
public interface SeriesSink {

    /** The series' metadata are read: create its frames (handles showing nothing yet) in this order. */
    void seriesAdded(SeriesKey series, SeriesDescriptor descriptor);

    /**
     * A better image for a frame: replace what is shown. {@code frame.quality()} only ever rises for a
     * frame; images below full size carry their true reduce so the host scales them to Rows × Columns. When a load
     * is cancelled, a frame may get the image it shows once more, the same values in memory of their own (so that
     * memory shared with frames that never loaded can go), before {@code loadEnded}.
     */
    void frameUpdated(SeriesKey series, DecodedFrame frame);

    /** A frame cannot be loaded (for now: a retry may follow); what it shows stays. */
    default void frameFailed(SeriesKey series, FrameKey frame, FrameFailure failure) {
    }

    /** How many frames are final out of how many. */
    default void progress(SeriesKey series, int framesFinal, int framesTotal) {
    }

    /**
     * Every frame of the series now shows at least {@code atLeast} (failed frames excepted). Sent once per
     * status reached, in rising order: a host that builds a reformat once (Weasis's MPR) waits for the status
     * it needs and reads the frames with {@code bestFrame(key, atLeast)}.
     */
    default void coverageReached(SeriesKey series, ImageQualityStatus atLeast) {
    }

    /**
     * Frames of a volume changed since the last call: a reformat should refresh. Sent at most about every
     * 100 ms, so that a host does not rebuild its reformat for each of hundreds of slices.
     */
    default void volumeChanged(SeriesKey series, int framesChanged) {
    }

    /** Loading ended; called exactly once per load (and once more after each retry). */
    void loadEnded(SeriesKey series, LoadOutcome outcome);
}
