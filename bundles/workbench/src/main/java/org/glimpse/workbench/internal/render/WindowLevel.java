package org.glimpse.workbench.internal.render;

import org.glimpse.api.frame.ImagePlane;

/**
 * The modality LUT (rescale) and VOI window (PS3.3 C.11.2.1.2, the "linear" function) that map a stored
 * value to an 8-bit display value.
 *
 * @param slope rescale slope
 * @param intercept rescale intercept
 * @param center window centre in modality units
 * @param width window width in modality units (≥ 1)
 */
public record WindowLevel(double slope, double intercept, double center, double width) {

    public WindowLevel {
        if (!(width >= 1)) {
            throw new IllegalArgumentException("window width must be ≥ 1, was " + width);
        }
    }

    /**
     * The window the metadata give, or else one spanning the stored values {@code min..max} of the image
     * (after rescale).
     */
    public static WindowLevel of(ImagePlane plane, int min, int max) {
        double slope = plane.rescaleSlope() == 0 ? 1 : plane.rescaleSlope();
        double intercept = plane.rescaleIntercept();
        if (!Double.isNaN(plane.windowCenter()) && plane.windowWidth() >= 1) {
            return new WindowLevel(slope, intercept, plane.windowCenter(), plane.windowWidth());
        }
        double lo = Math.min(min * slope, max * slope) + intercept;
        double hi = Math.max(min * slope, max * slope) + intercept;
        return new WindowLevel(slope, intercept, (lo + hi + 1) / 2, Math.max(1, hi - lo + 1));
    }

    /** The display value (0..255) of a stored value. */
    public int display(int stored) {
        double v = stored * slope + intercept;
        double lower = center - 0.5 - (width - 1) / 2;
        double upper = center - 0.5 + (width - 1) / 2;
        if (v <= lower) {
            return 0;
        }
        if (v > upper) {
            return 255;
        }
        return (int) Math.round(((v - (center - 0.5)) / (width - 1) + 0.5) * 255);
    }
}
