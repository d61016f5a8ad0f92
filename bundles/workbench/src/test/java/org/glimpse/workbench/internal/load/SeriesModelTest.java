package org.glimpse.workbench.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.SeriesDescriptor;
import org.junit.jupiter.api.Test;

class SeriesModelTest {

    private static final PixelDescriptor PIXEL = new PixelDescriptor(8, 8, 1, 16, 12, 0, "MONOCHROME2", 0);
    private static final SeriesDescriptor SERIES = new SeriesDescriptor("st", "se", "CT",
            List.of(new InstanceDescriptor("i1", null, 1, 1, null, PIXEL, null),
                    new InstanceDescriptor("i2", null, 2, 1, null, PIXEL, null)));

    @Test
    void aFrameKeepsItsBestImageAndRecordsEachStep() {
        SeriesModel m = new SeriesModel(SERIES, 0);
        FrameKey k = m.frame(1);
        DecodedFrame small = frame(k, 2, ImageQualityStatus.SUBRESOLUTION, 2);
        DecodedFrame larger = frame(k, 4, ImageQualityStatus.SUBRESOLUTION, 1);
        DecodedFrame full = frame(k, 8, ImageQualityStatus.FULL_RESOLUTION, 0);
        m.offer(small, 10);
        m.offer(larger, 20);
        m.offer(full, 30);
        m.offer(frame(k, 4, ImageQualityStatus.SUBRESOLUTION, 1), 40);
        assertSame(full, m.image(1), "a worse image never replaces a better one");
        assertEquals(List.of(10L, 20L, 30L), m.steps(1).stream().map(QualityStep::nanos).toList());
        assertEquals(null, m.image(0));
    }

    @Test
    void anImageForAFrameOfAnotherSeriesIsIgnored() {
        SeriesModel m = new SeriesModel(SERIES, 0);
        m.offer(frame(new FrameKey("st", "other", "i1", 1), 8, ImageQualityStatus.FULL_RESOLUTION, 0), 5);
        assertEquals(null, m.image(0));
        assertEquals(List.of(), m.steps(0));
    }

    static DecodedFrame frame(FrameKey k, int size, ImageQualityStatus q, int reduce) {
        return new DecodedFrame(k, size, size, 1, 12, reduce, q, null,
                new PixelBuffer.Shorts(new short[size * size], false));
    }
}
