package org.glimpse.workbench.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.SwingUtilities;
import org.glimpse.api.frame.ImagePlane;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.frame.SeriesKey;
import org.junit.jupiter.api.Test;

class SwingSeriesSinkTest {

    @Test
    void aViewThatCannotBeBuiltIsToldInTheStatusLineNotOnlyOnTheSwingThreadsConsole() throws Exception {
        List<String> told = new CopyOnWriteArrayList<>();
        SwingSeriesSink sink = new SwingSeriesSink(0, model -> {
            throw new IllegalStateException("no presets for a frame of 0 columns");
        }, told::add);
        PixelDescriptor pixel = new PixelDescriptor(4, 4, 1, 16, 12, 0, "MONOCHROME2", 0);
        SeriesDescriptor series = new SeriesDescriptor("st", "se", "DX", List.of(new InstanceDescriptor("i", null, 1, 1,
                null, pixel, ImagePlane.unknown())));
        sink.seriesAdded(new SeriesKey("st", "se"), series);
        SwingUtilities.invokeAndWait(() -> { });
        assertEquals(List.of("cannot show " + new SeriesKey("st", "se")
                + ": java.lang.IllegalStateException: no presets for a frame of 0 columns"), told);
    }
}
