package org.glimpse.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FaultsTest {

    @Test
    void parsesACommaListWithValues() {
        Faults f = Faults.parse("ignore-range, reset-after=65536,stall=250,error-once=503,gzip,pad-byte");
        assertTrue(f.ignoreRange(), "ignore-range");
        assertEquals(65536, f.resetAfter(), "reset-after");
        assertEquals(250, f.stallMillis(), "stall");
        assertEquals(503, f.errorOnceStatus(), "error-once");
        assertTrue(f.gzip() && f.padByte(), "gzip and pad-byte");
        assertFalse(f.mislabel(), "mislabel was not asked");
        assertEquals("ignore-range,reset-after=65536,stall=250,error-once=503,gzip,pad-byte", f.toString());
    }

    @Test
    void perRequestFaultsAddToThoseOfTheRun() {
        Faults run = Faults.parse("idle-close");
        Faults request = run.plus("no-boundary", "header");
        assertTrue(request.idleClose() && request.noBoundary(), "run and request faults combined: " + request);
        assertFalse(run.noBoundary(), "the run's faults must not change");
    }

    @Test
    void blankMeansNone() {
        assertFalse(Faults.parse(" ").any(), "blank list");
        assertEquals("none", Faults.NONE.toString());
    }

    @Test
    void badItemsAreRejectedNamingItemAndSource() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Faults.NONE.plus("gzip,explode", "X-Glimpse-Fault header"));
        assertTrue(unknown.getMessage().contains("'explode'") && unknown.getMessage().contains("X-Glimpse-Fault"),
                unknown.getMessage());
        IllegalArgumentException status = assertThrows(IllegalArgumentException.class, () -> Faults.parse("error=404"));
        assertTrue(status.getMessage().contains("error=404") && status.getMessage().contains("[500, 599]"),
                status.getMessage());
        IllegalArgumentException value = assertThrows(IllegalArgumentException.class, () -> Faults.parse("gzip=1"));
        assertTrue(value.getMessage().contains("takes no value"), value.getMessage());
    }
}
