package org.glimpse.loader.internal.load;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The views showing a series, with their sizes and the frame each shows. The size that counts is the largest
 * of any view (the level that fills it fills the others); without any view, the host's default.
 */
final class Views {

    private record View(int width, int height, int frameIndex) {
    }

    private final Map<String, View> views = new LinkedHashMap<>();
    private final int defaultWidth;
    private final int defaultHeight;
    private int focus;

    Views(int defaultWidth, int defaultHeight, int initialFocus) {
        this.defaultWidth = defaultWidth;
        this.defaultHeight = defaultHeight;
        this.focus = initialFocus;
    }

    synchronized void resized(String viewId, int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("view '" + viewId + "' size must be ≥ 1×1, was " + width + "×" + height);
        }
        View v = views.get(viewId);
        views.put(viewId, new View(width, height, v == null ? -1 : v.frameIndex));
    }

    synchronized void shown(String viewId, int frameIndex) {
        View v = views.get(viewId);
        views.put(viewId, v == null ? new View(defaultWidth, defaultHeight, frameIndex)
                : new View(v.width, v.height, frameIndex));
        focus = frameIndex;
    }

    /** Sets the frame in focus before any view has shown one (the middle slice of a volume). */
    synchronized void focusAt(int frameIndex) {
        focus = frameIndex;
    }

    synchronized void closed(String viewId) {
        views.remove(viewId);
    }

    /** The frame last shown in any view (the load's focus). */
    synchronized int focus() {
        return focus;
    }

    synchronized int width() {
        return views.values().stream().mapToInt(View::width).max().orElse(defaultWidth);
    }

    synchronized int height() {
        return views.values().stream().mapToInt(View::height).max().orElse(defaultHeight);
    }

    /** The frame in focus and the frame each view shows (-1 for a view that shows none yet). */
    synchronized int[] shownFrames() {
        int[] shown = new int[views.size() + 1];
        shown[0] = focus;
        int i = 1;
        for (View v : views.values()) {
            shown[i++] = v.frameIndex;
        }
        return shown;
    }

    /** Distance of a frame from the nearest frame in view, for ordering. */
    synchronized int distance(int frameIndex) {
        int d = Math.abs(frameIndex - focus);
        for (View v : views.values()) {
            if (v.frameIndex >= 0) {
                d = Math.min(d, Math.abs(frameIndex - v.frameIndex));
            }
        }
        return d;
    }
}
