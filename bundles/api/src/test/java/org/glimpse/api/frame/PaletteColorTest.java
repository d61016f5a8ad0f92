package org.glimpse.api.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PaletteColorTest {

    @Test
    void aStoredValueShowsAsItsEntryFromTheFirstMappedValueClampedAtBothEnds() {
        PaletteColor p = new PaletteColor(10, 8, new int[] {255, 0, 0}, new int[] {0, 255, 0}, new int[] {0, 0, 255});
        assertEquals(0xFF0000, p.rgb(10));
        assertEquals(0x00FF00, p.rgb(11));
        assertEquals(0x0000FF, p.rgb(12));
        assertEquals(0xFF0000, p.rgb(3), "below the first mapped value: the first entry");
        assertEquals(0x0000FF, p.rgb(400), "above: the last entry");
    }

    @Test
    void sixteenBitEntriesKeepTheirHighByteUnlessNoneExceedsEightBits() {
        PaletteColor wide = new PaletteColor(0, 16, new int[] {0xFFFF}, new int[] {0x8000}, new int[] {0x0100});
        assertEquals(0xFF8001, wide.rgb(0));
        PaletteColor narrow = new PaletteColor(0, 16, new int[] {200}, new int[] {100}, new int[] {50});
        assertEquals(0xC86432, narrow.rgb(0), "16 bits declared, 8-bit values written");
    }

    @Test
    void tablesOfDifferentLengthsOrOddBitsAreRefusedNamingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PaletteColor(0, 8, new int[2], new int[2], new int[3]));
        assertTrue(e.getMessage().contains("2, 2, 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new PaletteColor(0, 12, new int[1], new int[1],
                new int[1]));
        assertTrue(e.getMessage().contains("says 12"), e.getMessage());
    }
}
