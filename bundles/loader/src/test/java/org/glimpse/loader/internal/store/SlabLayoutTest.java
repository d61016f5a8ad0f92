package org.glimpse.loader.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlabLayoutTest {

    private static final long MB = 1 << 20;

    @Test
    void framesThatFitArePackedJustBelowHalfARegion() {
        SlabLayout l = SlabLayout.of(128 * 128 * 2, 200, MB);
        assertFalse(l.humongous());
        assertEquals(15, l.framesPerSlab(), "15 × 32 KB + header ≤ 512 KB, 16 would be over");
        assertTrue(15L * 128 * 128 * 2 + SlabLayout.ARRAY_HEADER <= MB / 2);
    }

    @Test
    void aSeriesSmallerThanASlabGetsOneSlabOfItsSize() {
        assertEquals(3, SlabLayout.of(128 * 128 * 2, 3, MB).framesPerSlab());
    }

    @Test
    void aFrameOverHalfARegionSharesAHumongousSlabThatFillsItsRegions() {
        long frame = 512 * 512 * 2;
        SlabLayout l = SlabLayout.of(frame, 2000, MB);
        assertTrue(l.humongous(), "a 512² 16-bit frame is 16 bytes over half of a 1 MB region");
        long bytes = l.framesPerSlab() * frame + SlabLayout.ARRAY_HEADER;
        long regions = (bytes + MB - 1) / MB;
        assertTrue((double) l.framesPerSlab() * frame / (regions * MB) > 0.98, l + " wastes under 2 % of "
                + regions + " regions");
        assertTrue(bytes <= SlabLayout.MAX_HUMONGOUS_SLAB + frame, "bounded: " + bytes);
    }

    @Test
    void slabsBelowHalfARegionThatWouldLeaveAQuarterOfItEmptyGiveWayToHumongousOnesThatFillTheirRegions() {
        long frame = 512 * 512 * 2;
        SlabLayout l = SlabLayout.of(frame, 200, 4 * MB);
        assertTrue(l.humongous(), "three 512² frames (1.5 MB) fill only 3 MB of a 4 MB region: " + l);
        long regions = (l.framesPerSlab() * frame + SlabLayout.ARRAY_HEADER + 4 * MB - 1) / (4 * MB);
        assertTrue((double) l.framesPerSlab() * frame / (regions * 4 * MB) > 0.98, l + " fills its regions");
        assertTrue(SlabLayout.of(frame, 200, 8 * MB).humongous(), "seven (3.5 MB) twice fill 7 MB of 8 MB");
        assertFalse(SlabLayout.of(128 * 128 * 2, 200, MB).humongous(), "15 128² frames twice fill 94 % of 1 MB");
        assertFalse(SlabLayout.of(frame, 3, 4 * MB).humongous(), "a series of one small slab stays one small array");
    }

    @Test
    void impossibleSizesAreRefusedNamingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SlabLayout.of(0, 5, MB));
        assertTrue(e.getMessage().contains("were 0, 5, 1048576"), e.getMessage());
    }
}
