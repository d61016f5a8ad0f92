package org.glimpse.workbench.internal.stack;

import java.util.LinkedHashMap;
import java.util.Map;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.ImagePlane;
import org.glimpse.workbench.internal.render.StoredValues;
import org.glimpse.workbench.internal.render.WindowLevel;

/**
 * The windows offered for a frame: the one its metadata give (Window Center/Width), the full range of
 * the image's modality values, and for CT the usual tissue windows (in Hounsfield units); and the window a
 * view keeps applied to a frame with its own rescale, or moved by a drag.
 */
public final class WindowPresets {

    private WindowPresets() {
    }

    /** Presets by name, the default first, with the frame's rescale. */
    public static Map<String, WindowLevel> of(DecodedFrame f, ImagePlane plane, String modality) {
        Map<String, WindowLevel> presets = new LinkedHashMap<>();
        if (Double.isFinite(plane.windowCenter()) && plane.windowWidth() >= 1) {
            presets.put("Metadata", window(plane, plane.windowCenter(), plane.windowWidth()));
        }
        presets.put("Full range", fullRange(f, plane));
        if ("CT".equals(modality)) {
            presets.put("Lung", window(plane, -600, 1500));
            presets.put("Mediastinum", window(plane, 50, 350));
            presets.put("Bone", window(plane, 400, 1800));
            presets.put("Brain", window(plane, 40, 80));
        }
        return presets;
    }

    /** The same centre and width (modality units) for a frame with {@code plane}'s rescale. */
    public static WindowLevel rescaled(WindowLevel wl, ImagePlane plane) {
        return window(plane, wl.center(), wl.width());
    }

    /** Moved by a mouse drag: right widens, down raises the centre, as most workstations do; width ≥ 1. */
    static WindowLevel dragged(WindowLevel wl, int dx, int dy, double unitsPerPixel) {
        return new WindowLevel(wl.slope(), wl.intercept(), wl.center() + dy * unitsPerPixel,
                Math.max(1, wl.width() + dx * unitsPerPixel));
    }

    /** The window spanning the image's lowest to highest modality value. */
    static WindowLevel fullRange(DecodedFrame f, ImagePlane plane) {
        int[] range = StoredValues.range(f.pixels());
        return WindowLevel.of(withoutWindow(plane), range[0], range[1]);
    }

    private static ImagePlane withoutWindow(ImagePlane p) {
        return new ImagePlane(p.imagePositionPatient(), p.imageOrientationPatient(), p.pixelSpacing(), p.sliceThickness(),
                p.rescaleIntercept(), p.rescaleSlope(), Double.NaN, Double.NaN);
    }

    private static WindowLevel window(ImagePlane plane, double center, double width) {
        double slope = plane.rescaleSlope() == 0 ? 1 : plane.rescaleSlope();
        return new WindowLevel(slope, plane.rescaleIntercept(), center, width);
    }
}
