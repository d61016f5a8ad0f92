package org.glimpse.loader.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrefixWorthTest {

    /** 30 Mbit/s: 3.75 bytes per microsecond. */
    private static final double FOUR_G = 3.75e-3;

    @Test
    void aPrefixDecodeThatEndsLongBeforeTheLastByteRuns() {
        // 1518² at 20 ns per pixel = 46 ms; 5 MB left at 30 Mbit/s = 1.3 s
        assertTrue(PrefixWorth.decode(5_000_000, FOUR_G, 1518L * 1518, 20));
    }

    @Test
    void aPrefixDecodeStillRunningWhenTheLastByteLandsIsSkipped() {
        // the same decode with 5 MB left at 1 GB/s (5 ms): it would compete with the whole frame's decode
        assertFalse(PrefixWorth.decode(5_000_000, 1.0, 1518L * 1518, 20));
    }

    @Test
    void anythingUnknownDecodes() {
        assertTrue(PrefixWorth.decode(-1, 1.0, 1518L * 1518, 20), "frame length unknown");
        assertTrue(PrefixWorth.decode(5_000_000, 0, 1518L * 1518, 20), "no rate yet");
        assertTrue(PrefixWorth.decode(5_000_000, 1.0, 1518L * 1518, -1), "no decode returned yet");
    }

    @Test
    void theCostPerPixelFollowsTheDecodesReturned() {
        DecodeCost cost = new DecodeCost();
        assertEquals(-1, cost.nanosPerPixel(), "unknown before any decode");
        cost.decoded(1_000_000, 20);
        assertEquals(20, cost.nanosPerPixel(), 1e-9, "the first decode: 20 ms for a million pixels");
        cost.decoded(1_000_000, 60);
        assertEquals(30, cost.nanosPerPixel(), 1e-9, "moves a quarter of the way to a new sample");
        cost.decoded(0, 5);
        assertEquals(30, cost.nanosPerPixel(), 1e-9, "an empty image says nothing");
    }
}
