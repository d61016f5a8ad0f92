package org.glimpse.workbench.internal.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.geom.Rectangle2D;
import org.glimpse.api.frame.ImagePlane;
import org.glimpse.api.frame.PixelDescriptor;
import org.junit.jupiter.api.Test;

class GeometryTest {

    private static final PixelDescriptor PIXEL = new PixelDescriptor(100, 200, 1, 16, 12, 0, "MONOCHROME2", 0);

    @Test
    void aFrameIsFittedWithThePixelAspectOfItsSpacingAndCentred() {
        ImagePlane plane = new ImagePlane(null, null, new double[] {0.5, 0.25}, Double.NaN, 0, 1, Double.NaN,
                Double.NaN);
        Geometry g = Geometry.of(PIXEL, plane, 400, 400, null, 0, 0);
        Rectangle2D r = g.bounds();
        assertEquals(400, r.getWidth(), 1e-9, "200 columns fill the width");
        assertEquals(400, r.getHeight(), 1e-9, "100 rows twice as tall as wide (0.5 mm over 0.25 mm)");
        assertEquals(0, r.getX(), 1e-9);
    }

    @Test
    void aFixedScaleShowsThatManyScreenPixelsPerColumnWhateverTheViewSize() {
        Geometry g = Geometry.of(PIXEL, ImagePlane.unknown(), 1000, 600, 1.0, 0, 0);
        assertEquals(200, g.bounds().getWidth(), 1e-9);
        assertEquals(400, g.x(), 1e-9);
        assertEquals(250, g.y(), 1e-9);
    }
}
