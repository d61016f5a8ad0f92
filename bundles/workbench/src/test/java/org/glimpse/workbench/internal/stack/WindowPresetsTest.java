package org.glimpse.workbench.internal.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.ImagePlane;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.workbench.internal.render.WindowLevel;
import org.junit.jupiter.api.Test;

class WindowPresetsTest {

    private static final ImagePlane CT = new ImagePlane(null, null, null, Double.NaN, -1024, 1, 40, 400);

    @Test
    void theMetadataWindowComesFirstThenTheFullRangeThenTheTissueWindowsAllWithTheFramesRescale() {
        Map<String, WindowLevel> presets = WindowPresets.of(frame(0, 3000), CT, "CT");
        assertEquals(List.of("Metadata", "Full range", "Lung", "Mediastinum", "Bone", "Brain"),
                List.copyOf(presets.keySet()));
        assertEquals(new WindowLevel(1, -1024, 40, 400), presets.get("Metadata"));
        WindowLevel full = presets.get("Full range");
        assertEquals(0, full.display(0), "the lowest stored value is black");
        assertEquals(255, full.display(3000), "the highest stored value is white");
        assertEquals(new WindowLevel(1, -1024, -600, 1500), presets.get("Lung"));
    }

    @Test
    void aWindowKeepsItsCentreAndWidthInModalityUnitsOnAFrameWithAnotherRescale() {
        WindowLevel brain = new WindowLevel(1, -1024, 40, 80);
        ImagePlane other = new ImagePlane(null, null, null, Double.NaN, -2048, 2, Double.NaN, Double.NaN);
        WindowLevel there = WindowPresets.rescaled(brain, other);
        assertEquals(brain.display(1064), there.display(1044), "40 HU is mid-grey in both frames");
    }

    @Test
    void draggingRightWidensAndDownRaisesTheCentreButNeverBelowWidthOne() {
        WindowLevel wl = WindowPresets.dragged(new WindowLevel(1, 0, 100, 200), 20, 10, 1);
        assertEquals(110, wl.center());
        assertEquals(220, wl.width());
        assertEquals(1, WindowPresets.dragged(new WindowLevel(1, 0, 100, 10), -100, 0, 1).width());
    }

    private static DecodedFrame frame(int min, int max) {
        return new DecodedFrame(new FrameKey("st", "se", "i", 1), 2, 1, 1, 12, 0, ImageQualityStatus.FULL_RESOLUTION,
                null, new PixelBuffer.Shorts(new short[] {(short) min, (short) max}, false));
    }
}
