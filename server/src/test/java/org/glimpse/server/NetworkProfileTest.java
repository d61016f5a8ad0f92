package org.glimpse.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NetworkProfileTest {

    @Test
    void namedProfilesHaveTheSeedsFigures() {
        NetworkProfile fourG = NetworkProfile.parse("4G");
        assertEquals(30_000_000, fourG.bitsPerSecond(), "4g downstream rate");
        assertEquals(10, fourG.latencyMillis(), "4g latency");
        assertFalse(NetworkProfile.parse("local").throttled(), "local must be unthrottled");
        assertTrue(NetworkProfile.parse("3g").throttled(), "3g must be throttled");
    }

    @Test
    void customProfileTakesMegabitsAndMilliseconds() {
        NetworkProfile p = NetworkProfile.parse("custom:2.5:40");
        assertEquals(2_500_000, p.bitsPerSecond(), "rate of custom:2.5:40");
        assertEquals(40, p.latencyMillis(), "latency of custom:2.5:40");
    }

    @Test
    void unknownProfileIsRejectedNamingTheValueAndTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NetworkProfile.parse("5g"));
        assertTrue(e.getMessage().contains("'5g'") && e.getMessage().contains("custom:"), e.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> NetworkProfile.parse("custom:fast:10"));
        assertTrue(bad.getMessage().contains("custom:fast:10"), bad.getMessage());
    }
}
