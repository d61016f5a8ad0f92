package org.glimpse.workbench.internal.stack;

import java.util.LinkedHashMap;
import java.util.Map;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.ImagePlane;

/**
 * The windows offered for a frame: the one its metadata give (Window Center/Width), the full range of
 * the image's modality values, and for CT the usual tissue windows (in Hounsfield units).
 */
public final class WindowPresets {

    private WindowPresets() {
    }

    /** Presets by name, the default first. */
    public static Map<String, WindowLevel> of(DecodedFrame f, ImagePlane plane, String modality) {
        Map<String, WindowLevel> presets = new LinkedHashMap<>();
        if (Double.isFinite(plane.windowCenter()) && plane.windowWidth() >= 1) {
            presets.put("Metadata", new WindowLevel(plane.windowCenter(), plane.windowWidth()));
        }
        presets.put("Full range", fullRange(f, plane));
        if ("CT".equals(modality)) {
            presets.put("Lung", new WindowLevel(-600, 1500));
            presets.put("Mediastinum", new WindowLevel(50, 350));
            presets.put("Bone", new WindowLevel(400, 1800));
            presets.put("Brain", new WindowLevel(40, 80));
        }
        return presets;
    }

    /** The window spanning the image's lowest to highest modality value. */
    static WindowLevel fullRange(DecodedFrame f, ImagePlane plane) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < f.pixels().length(); i++) {
            int v = GrayImages.stored(f.pixels(), i);
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double a = min * plane.rescaleSlope() + plane.rescaleIntercept();
        double b = max * plane.rescaleSlope() + plane.rescaleIntercept();
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        return new WindowLevel((lo + hi + 1) / 2, Math.max(1, hi - lo + 1));
    }
}
