package org.glimpse.api.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PixelBufferTest {
    private static final FrameKey KEY = new FrameKey("st", "se", "1.1", 1);

    @Test
    void aSliceOfASlabIsAViewOfTheSameArray() {
        short[] slab = new short[3 * 16];
        PixelBuffer.Shorts all = new PixelBuffer.Shorts(slab, true);
        PixelBuffer.Shorts second = all.slice(16, 16);
        assertEquals(16, second.offset());
        assertEquals(16, second.length());
        assertTrue(second.values() == slab, "no copy");
        assertEquals(20, second.slice(4, 4).offset(), "offsets add up");
    }

    @Test
    void aRangeOutsideTheArrayIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PixelBuffer.Bytes(new byte[10], 8, 4, false));
        assertTrue(e.getMessage().contains("[8, 12)") && e.getMessage().contains("10"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PixelBuffer.Shorts(new short[4], true).slice(2, 3));
    }

    @Test
    void aFrameInASlabCountsOnlyItsOwnRange() {
        PixelBuffer px = new PixelBuffer.Shorts(new short[100], 36, 64, false);
        DecodedFrame f = new DecodedFrame(KEY, 8, 8, 1, 12, 0, ImageQualityStatus.FULL_RESOLUTION, null, px);
        assertEquals(64, f.pixels().length());
    }

    @Test
    void aReduceGivesItsScaleAndAReducedRenditionItsOwn() {
        PixelBuffer px = new PixelBuffer.Shorts(new short[16], false);
        DecodedFrame levels = new DecodedFrame(KEY, 4, 4, 1, 12, 2, ImageQualityStatus.SUBRESOLUTION, null, px);
        assertEquals(4.0, levels.scaleX());
        assertEquals(4.0, levels.scaleY());
        DecodedFrame thumb = new DecodedFrame(KEY, 4, 4, 1, 12, 0, ImageQualityStatus.SUBRESOLUTION, null, px, 3.0,
                2.5);
        assertTrue(thumb.reduced());
        assertEquals(2.5, thumb.lentTo(KEY, ImageQualityStatus.ADJACENT_REPLICATE).scaleY(), "lent frames keep it");
    }

    @Test
    void aScaleBelowOneIsRefused() {
        PixelBuffer px = new PixelBuffer.Bytes(new byte[4], false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DecodedFrame(KEY, 2, 2,
                1, 8, 0, ImageQualityStatus.FULL_RESOLUTION, null, px, 0.5, 1));
        assertTrue(e.getMessage().contains("0.5"), e.getMessage());
    }
}
