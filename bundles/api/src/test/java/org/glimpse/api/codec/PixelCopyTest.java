package org.glimpse.api.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.ImageQualityStatus;
import org.junit.jupiter.api.Test;

class PixelCopyTest {
    private static final FrameKey KEY = new FrameKey("st", "se", "1.1", 1);

    private static DecodedFrame twoByTwo() {
        return new DecodedFrame(KEY, 2, 2, 1, 12, 1, ImageQualityStatus.SUBRESOLUTION, null,
                new PixelBuffer.Shorts(new short[] {1, 2, 3, 4}, false));
    }

    @Test
    void valuesLandInTheTargetsRangeAndNowhereElse() {
        short[] slab = new short[12];
        java.util.Arrays.fill(slab, (short) -7);
        DecodedFrame f = PixelCopy.into(twoByTwo(), new PixelBuffer.Shorts(slab, 4, 6, false));
        assertArrayEquals(new short[] {-7, -7, -7, -7, 1, 2, 3, 4, -7, -7, -7, -7}, slab);
        assertEquals(4, f.pixels().offset());
        assertEquals(4, f.pixels().length(), "the frame's view is the values decoded");
        assertEquals(2.0, f.scaleX());
    }

    @Test
    void aTargetTooSmallIsRefusedUntouched() {
        short[] slab = new short[3];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PixelCopy.into(twoByTwo(), new PixelBuffer.Shorts(slab, false)));
        assertTrue(e.getMessage().contains("4 values") && e.getMessage().contains("only 3"), e.getMessage());
        assertArrayEquals(new short[3], slab);
    }

    @Test
    void aTargetOfTheWrongTypeIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> PixelCopy.into(twoByTwo(), new PixelBuffer.Bytes(new byte[4], false)));
    }
}
