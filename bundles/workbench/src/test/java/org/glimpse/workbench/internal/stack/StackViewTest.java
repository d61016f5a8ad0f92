package org.glimpse.workbench.internal.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.ImagePlane;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.loader.ViewerSignals;
import org.glimpse.workbench.internal.load.SeriesModel;
import org.junit.jupiter.api.Test;

/** What the stack view tells the loader: the size a frame is shown at, so that zooming in fetches more. */
class StackViewTest {

    private final List<String> told = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();
    private final ViewerSignals signals = new ViewerSignals() {
        @Override
        public void frameShown(String viewId, FrameKey frame) {
            shown.add(viewId + " " + frame.sopInstanceUid());
        }

        @Override
        public void viewResized(String viewId, int width, int height) {
            told.add(viewId + " " + width + "x" + height);
        }

        @Override
        public void viewClosed(String viewId) {
        }

        @Override
        public void fullQualityWanted(FrameKey frame) {
        }

        @Override
        public void paused(boolean paused) {
        }
    };

    @Test
    void zoomingInTellsTheLoaderTheLargerSizeTheFrameNowFillsAndOneToOneItsFullSize() {
        PixelDescriptor pixel = new PixelDescriptor(2000, 2000, 1, 16, 12, 0, "MONOCHROME2", 0);
        InstanceDescriptor dx = new InstanceDescriptor("i", null, 1, 1, null, pixel, ImagePlane.unknown());
        StackView view = new StackView(new SeriesModel(new SeriesDescriptor("st", "se", "DX", List.of(dx)), 0), signals);
        view.setSize(500, 500);
        paint(view);
        assertEquals(List.of("stack 500x500"), told, "fitted: the frame fills the view");
        view.zoom(2);
        paint(view);
        assertEquals("stack 1000x1000", told.get(told.size() - 1), "zoomed in twice: twice the pixels wanted");
        view.actualPixels();
        paint(view);
        assertEquals("stack 2000x2000", told.get(told.size() - 1), "1:1: every pixel of the frame");
        int before = told.size();
        paint(view);
        assertTrue(told.size() == before, "an unchanged size is not told again");
    }

    @Test
    void theFrameInViewIsToldFromTheFirstPaintSoThatTheLoaderRefinesItFirstThenEachFrameScrolledTo() {
        PixelDescriptor pixel = new PixelDescriptor(64, 64, 1, 16, 12, 0, "MONOCHROME2", 0);
        List<InstanceDescriptor> slices = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            slices.add(new InstanceDescriptor("i" + i, null, i + 1, 1, null, pixel, ImagePlane.unknown()));
        }
        StackView view = new StackView(new SeriesModel(new SeriesDescriptor("st", "se", "CT", slices), 0), signals);
        view.setSize(100, 100);
        paint(view);
        paint(view);
        view.show(2);
        assertEquals(List.of("stack i0", "stack i2"), shown);
    }

    private static void paint(StackView view) {
        BufferedImage canvas = new BufferedImage(view.getWidth(), view.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        view.paint(g);
        g.dispose();
    }
}
