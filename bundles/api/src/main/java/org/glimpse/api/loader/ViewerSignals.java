package org.glimpse.api.loader;

import org.glimpse.api.frame.FrameKey;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What the viewer tells the loader so that it loads what the user looks at first, implemented by the
 * loader. Shaped after Weasis's viewer events (image shown, view resized, series paused). A series may be
 * shown in several views at once (a stack and three reformats); each is named by a {@code viewId} the host
 * chooses.
 */
@ProviderType
public interface ViewerSignals {

    /** {@code frame} is now in view {@code viewId} (the stack scrolled): it goes first, then its neighbours. */
    void frameShown(String viewId, FrameKey frame);

    /**
     * View {@code viewId} shows the series' images at {@code width} × {@code height} screen pixels (zoom
     * included). The loader fetches each frame to the resolution level that fills the largest view first and
     * the rest later; a larger size (the user zoomed) fetches the better level at once.
     */
    void viewResized(String viewId, int width, int height);

    /** View {@code viewId} closed: its size and frame no longer count. */
    void viewClosed(String viewId);

    /** The user asks for full quality of {@code frame} now (to measure, say): its remaining requests go first. */
    void fullQualityWanted(FrameKey frame);

    /** Loading should pause (true: no new request starts) or resume (false). */
    void paused(boolean paused);
}
