package org.glimpse.loader.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.glimpse.api.transport.RequestMetrics;
import org.junit.jupiter.api.Test;

class PrefixWorthTest {

    /** 5 MB at 30 Mbit/s, in nanoseconds. */
    private static final double FIVE_MB_OVER_4G = 5_000_000 / 3.75e-3;

    @Test
    void aPrefixDecodeThatEndsLongBeforeTheLastByteRuns() {
        // 1518² at 20 ns per pixel = 46 ms; 5 MB left at 30 Mbit/s = 1.3 s
        assertTrue(PrefixWorth.decode(1518L * 1518, 20, FIVE_MB_OVER_4G));
    }

    @Test
    void aPrefixDecodeStillRunningWhenTheLastByteLandsIsSkipped() {
        // the same decode with 5 MB left at 1 GB/s (5 ms): it would compete with the whole frame's decode
        assertFalse(PrefixWorth.decode(1518L * 1518, 20, 5e6));
    }

    @Test
    void aPrefixDecodeLongBesideTheWaitForTheLastByteIsSkippedEvenWhenItWouldEndBeforeIt() {
        // 46 ms with 100 ms left: it ends in time, but takes a core from the receive for half of what is left
        assertFalse(PrefixWorth.decode(1518L * 1518, 20, 100e6));
        assertTrue(PrefixWorth.decode(1518L * 1518, 20, 4 * 1518L * 1518 * 20), "a quarter of the wait is worth it");
    }

    @Test
    void anythingUnknownDecodes() {
        assertTrue(PrefixWorth.decode(1518L * 1518, 20, -1), "when the last byte lands is not known");
        assertTrue(PrefixWorth.decode(1518L * 1518, -1, 5e6), "no decode returned yet");
    }

    @Test
    void theNextRequestsLastByteCountsItsWaitForTheFirstByte() {
        ArrivalRate a = new ArrivalRate();
        assertEquals(-1, a.nanosFor(1_000_000), "unknown before any request ended");
        a.ended(new RequestMetrics(URI.create("http://127.0.0.1/f"), "HTTP/1.1", 206, 131_072, 0, 10_000_000,
                10_000_000 + 131_072 * 1_000L, 1));
        assertEquals(10e6 + 1e9, a.nanosFor(1_000_000), 1, "10 ms to the first byte, then 1 byte a microsecond");
        a.ended(new RequestMetrics(URI.create("http://127.0.0.1/f"), "HTTP/1.1", 206, 4_096, 0, 20_000_000,
                20_000_001, 1));
        assertEquals(15e6 + 1e9, a.nanosFor(1_000_000), 1, "a 4 KB answer moves the wait, not the rate");
    }

    @Test
    void theLinksRateFromEarlierLoadsStandsInForASlowerOrUnknownRateOfThisLoad() {
        ArrivalRate a = new ArrivalRate();
        assertEquals(1e6, a.nanosFor(1_000_000, 1), 1, "no request of this load ended: the link's 1 byte a ns");
        a.ended(new RequestMetrics(URI.create("http://127.0.0.1/f"), "HTTP/1.1", 206, 131_072, 0, 10_000_000,
                10_000_000 + 131_072 * 1_000L, 1));
        assertEquals(10e6 + 1e6, a.nanosFor(1_000_000, 1), 1, "a small range's 1 byte a µs is slower than the link");
        assertEquals(10e6 + 1e9, a.nanosFor(1_000_000, 1e-4), 1, "a slower link does not slow this load's rate");
        assertEquals(1e6, a.nanosAtRate(1_000_000, 1), 1, "a response already coming has had its wait");
    }

    @Test
    void theRecentRateIsTheLastWindowsNotTheWholeSteps() {
        FrameLoad f = new FrameLoad(0, null, null);
        long ms = 1_000_000;
        f.stepContentStarted(0, 0);
        f.arrived(5 * ms, 10_000);
        assertEquals(-1, f.recentRate, "not known before a window has passed");
        f.arrived(100 * ms, 1_000_000);
        assertEquals(0.01, f.recentRate, 1e-9, "1 MB in the first 100 ms");
        f.arrived(110 * ms, 2_000_000);
        assertEquals(0.1, f.recentRate, 1e-9, "then 1 MB in 10 ms, not 2 MB in 110 ms");
        f.stepContentStarted(200 * ms, 2_000_000);
        assertEquals(-1, f.recentRate, "a new step starts over");
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

    @Test
    void aSmallLevelsFixedCostDoesNotPriceTheLargerLevels() {
        DecodeCost cost = new DecodeCost();
        cost.decoded(48 * 48, 3);
        assertEquals(-1, cost.nanosPerPixel(), "a 48² level's 3 ms is a decode's fixed cost, not 1300 ns a pixel");
        cost.decoded(380 * 380, 7.22);
        assertEquals(50, cost.nanosPerPixel(), 0.01, "a 380² level counts");
    }
}
