package org.glimpse.workbench.internal.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.ImagePlane;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.junit.jupiter.api.Test;

class GrayImagesTest {

    private static final FrameKey KEY = new FrameKey("1", "2", "3", 1);

    @Test
    void signedValuesGoThroughTheRescaleBeforeTheWindow() {
        PixelBuffer p = new PixelBuffer.Shorts(new short[] {-1024, 0, 1000, -2000}, true);
        DecodedFrame f = new DecodedFrame(KEY, 2, 2, 1, 12, 0, ImageQualityStatus.FULL_RESOLUTION, null, p);
        PixelDescriptor pixel = new PixelDescriptor(2, 2, 1, 16, 12, 1, "MONOCHROME2", 0);
        ImagePlane plane = new ImagePlane(null, null, null, Double.NaN, 24, 1, Double.NaN, Double.NaN);
        WindowLevel wl = new WindowLevel(0, 2000);
        BufferedImage img = GrayImages.render(f, pixel, plane, wl);
        assertEquals(wl.display(-1000), gray(img, 0, 0));
        assertEquals(wl.display(24), gray(img, 1, 0));
        assertEquals(wl.display(1024), gray(img, 0, 1));
        assertEquals(0, gray(img, 1, 1), "-1976 HU is below the window");
    }

    @Test
    void monochromeOneIsShownInverted() {
        PixelBuffer p = new PixelBuffer.Shorts(new short[] {0, 4095}, false);
        DecodedFrame f = new DecodedFrame(KEY, 2, 1, 1, 12, 0, ImageQualityStatus.FULL_RESOLUTION, null, p);
        PixelDescriptor pixel = new PixelDescriptor(1, 2, 1, 16, 12, 0, "MONOCHROME1", 0);
        BufferedImage img = GrayImages.render(f, pixel, ImagePlane.unknown(), new WindowLevel(2048, 4096));
        assertEquals(255, gray(img, 0, 0));
        assertEquals(0, gray(img, 1, 0));
    }

    @Test
    void aFrameInASharedSlabIsReadFromItsOffset() {
        short[] slab = {999, 999, 0, 4095};
        DecodedFrame f = new DecodedFrame(KEY, 2, 1, 1, 12, 0, ImageQualityStatus.FULL_RESOLUTION, null,
                new PixelBuffer.Shorts(slab, 2, 2, false));
        PixelDescriptor pixel = new PixelDescriptor(1, 2, 1, 16, 12, 0, "MONOCHROME2", 0);
        BufferedImage img = GrayImages.render(f, pixel, ImagePlane.unknown(), new WindowLevel(2048, 4096));
        assertEquals(0, gray(img, 0, 0));
        assertEquals(255, gray(img, 1, 0));
    }

    private static int gray(BufferedImage img, int x, int y) {
        return img.getRaster().getSample(x, y, 0);
    }
}
