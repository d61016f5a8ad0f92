package org.glimpse.workbench.internal.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WindowLevelTest {

    @Test
    void valuesBelowTheWindowAreBlackAboveAreWhiteAndTheCentreIsMidGrey() {
        WindowLevel wl = new WindowLevel(40, 400);
        assertEquals(0, wl.display(-160.5));
        assertEquals(255, wl.display(240));
        assertEquals(128, wl.display(40), "the centre maps to the middle of 0..255");
    }

    @Test
    void displayRisesWithTheValueInsideTheWindow() {
        WindowLevel wl = new WindowLevel(1000, 2000);
        int previous = -1;
        for (int v = 0; v <= 2000; v += 50) {
            int d = wl.display(v);
            assertTrue(d >= previous, "display of " + v + " fell from " + previous + " to " + d);
            previous = d;
        }
    }

    @Test
    void aWidthBelowOneIsRejectedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new WindowLevel(0, 0.5));
        assertTrue(e.getMessage().contains("0.5"), e.getMessage());
    }

    @Test
    void draggingRightWidensAndDownRaisesTheCentreButNeverBelowWidthOne() {
        WindowLevel wl = new WindowLevel(100, 200).dragged(10, 5, 2);
        assertEquals(110, wl.center());
        assertEquals(220, wl.width());
        assertEquals(1, new WindowLevel(100, 10).dragged(-100, 0, 1).width());
    }
}
