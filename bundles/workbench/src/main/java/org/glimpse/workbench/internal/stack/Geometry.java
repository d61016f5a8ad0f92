package org.glimpse.workbench.internal.stack;

import java.awt.geom.Rectangle2D;
import org.glimpse.api.frame.ImagePlane;
import org.glimpse.api.frame.PixelDescriptor;

/**
 * Where a frame lies on screen: its full Rows × Columns (whatever level the image held is at), with the
 * pixel aspect ratio of its spacing, scaled and panned. {@code scale} is screen pixels per column.
 */
public record Geometry(double x, double y, double scale, double aspect, int columns, int rows) {

    /** The frame fitted into a {@code width} × {@code height} view, times {@code zoom}, moved by the pan. */
    public static Geometry of(PixelDescriptor pixel, ImagePlane plane, int width, int height, Double fixedScale,
            double panX, double panY) {
        double aspect = aspect(plane);
        double fit = Math.min(width / (double) pixel.columns(), height / (pixel.rows() * aspect));
        double scale = fixedScale != null ? fixedScale : fit;
        double w = pixel.columns() * scale;
        double h = pixel.rows() * aspect * scale;
        double x = Math.floor((width - w) / 2 + panX);
        double y = Math.floor((height - h) / 2 + panY);
        return new Geometry(x, y, scale, aspect, pixel.columns(), pixel.rows());
    }

    /** Row spacing over column spacing: how tall one pixel is for its width (1 when unknown). */
    static double aspect(ImagePlane plane) {
        double[] s = plane.pixelSpacing();
        return s == null || s[0] <= 0 || s[1] <= 0 ? 1 : s[0] / s[1];
    }

    public Rectangle2D bounds() {
        return new Rectangle2D.Double(x, y, columns * scale, rows * aspect * scale);
    }
}
