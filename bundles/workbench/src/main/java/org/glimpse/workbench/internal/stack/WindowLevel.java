package org.glimpse.workbench.internal.stack;

/**
 * A VOI window in modality units (PS3.3 C.11.2.1.2): centre and width, width ≥ 1.
 *
 * @param center window centre
 * @param width window width
 */
public record WindowLevel(double center, double width) {

    public WindowLevel {
        if (!(width >= 1)) {
            throw new IllegalArgumentException("window width must be ≥ 1, was " + width);
        }
        if (!Double.isFinite(center)) {
            throw new IllegalArgumentException("window centre must be finite, was " + center);
        }
    }

    /** The display value 0..255 of modality value {@code x}, by the linear VOI function. */
    public int display(double x) {
        double low = center - 0.5 - (width - 1) / 2;
        double high = center - 0.5 + (width - 1) / 2;
        if (x <= low) {
            return 0;
        }
        if (x > high) {
            return 255;
        }
        return (int) Math.round(((x - (center - 0.5)) / (width - 1) + 0.5) * 255);
    }

    /** Moved by a mouse drag: right widens, down raises the centre, as most workstations do. */
    public WindowLevel dragged(int dx, int dy, double unitsPerPixel) {
        return new WindowLevel(center + dy * unitsPerPixel, Math.max(1, width + dx * unitsPerPixel));
    }
}
