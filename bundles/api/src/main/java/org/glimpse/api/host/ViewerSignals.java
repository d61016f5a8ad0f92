package org.glimpse.api.host;

import org.glimpse.api.frame.FrameKey;

/**
 * What the viewer tells the loader so that it loads what the user looks at first, implemented by the
 * loader. Shaped after Weasis's viewer events (image shown, series selected, series paused, MPR opened).
 */
public interface ViewerSignals {

    /** The frame now in view (stack scrolled); nearby frames move up the queue. */
    void frameShown(FrameKey frame);

    /** A series got the focus; its requests go before other series'. */
    default void seriesFocused(String seriesInstanceUid) {
    }

    /** Loading of a series should pause (true) or resume (false). */
    default void seriesPaused(String seriesInstanceUid, boolean paused) {
    }

    /** A volume view (reformat) opened on the series: coverage of all frames matters now. */
    default void volumeViewOpened(String seriesInstanceUid) {
    }
}
