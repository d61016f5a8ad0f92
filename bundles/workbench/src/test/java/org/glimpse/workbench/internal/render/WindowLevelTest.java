package org.glimpse.workbench.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.glimpse.api.frame.ImagePlane;
import org.junit.jupiter.api.Test;

class WindowLevelTest {

    @Test
    void theMetadataWindowWinsOverThePixelRange() {
        ImagePlane plane = new ImagePlane(null, null, null, Double.NaN, -1024, 1, 40, 400);
        WindowLevel w = WindowLevel.of(plane, 0, 4095);
        assertEquals(40, w.center());
        assertEquals(400, w.width());
    }

    @Test
    void withoutAWindowTheRescaledRangeIsSpanned() {
        ImagePlane plane = new ImagePlane(null, null, null, Double.NaN, 100, 2, Double.NaN, Double.NaN);
        WindowLevel w = WindowLevel.of(plane, 10, 20);
        assertEquals(0, w.display(10), "the minimum is black");
        assertEquals(255, w.display(20), "the maximum is white");
    }

    @Test
    void aWidthOfOneIsAThreshold() {
        WindowLevel w = new WindowLevel(1, 0, 100, 1);
        assertEquals(0, w.display(99));
        assertEquals(255, w.display(100));
    }

    @Test
    void aWidthBelowOneIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new WindowLevel(1, 0, 0, 0.5));
        assertEquals("window width must be ≥ 1, was 0.5", e.getMessage());
    }
}
