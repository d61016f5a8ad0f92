package org.glimpse.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RangeSpecTest {

    @Test
    void closedOpenAndSuffixFormsResolveAgainstTheLength() throws HttpError {
        assertEquals(new RangeSpec(0, 99), RangeSpec.parse("bytes=0-99", 1000), "bytes=0-99");
        assertEquals(new RangeSpec(900, 999), RangeSpec.parse("bytes=900-", 1000), "bytes=900-");
        assertEquals(new RangeSpec(950, 999), RangeSpec.parse("bytes=-50", 1000), "bytes=-50");
        assertEquals(new RangeSpec(0, 999), RangeSpec.parse("bytes=-5000", 1000), "suffix longer than the body");
        assertEquals(new RangeSpec(500, 999), RangeSpec.parse("bytes=500-123456", 1000), "last clipped");
        assertEquals("bytes 500-999/1000", RangeSpec.parse("bytes=500-", 1000).contentRange(1000));
    }

    @Test
    void rangesPastTheEndAreUnsatisfiable() {
        HttpError e = assertThrows(HttpError.class, () -> RangeSpec.parse("bytes=1000-", 1000));
        assertEquals(416, e.status(), e.getMessage());
        assertEquals(416, assertThrows(HttpError.class, () -> RangeSpec.parse("bytes=-0", 1000)).status());
    }

    @Test
    void malformedHeadersAreBadRequestsNamingTheHeader() {
        for (String bad : new String[] {"bytes=abc-", "items=0-1", "bytes=5-1", "bytes=1-2-3", "bytes=",
            "bytes=99999999999999999999-"}) {
            HttpError e = assertThrows(HttpError.class, () -> RangeSpec.parse(bad, 1000), bad);
            assertEquals(400, e.status(), bad + ": " + e.getMessage());
            assertTrue(e.getMessage().contains(bad), "message should quote the header: " + e.getMessage());
        }
    }

    @Test
    void severalRangesAreAnsweredWhole() throws HttpError {
        assertNull(RangeSpec.parse("bytes=0-1,5-6", 1000), "multiple ranges mean a 200 answer");
        assertEquals(400, assertThrows(HttpError.class, () -> RangeSpec.parse("bytes=0-1,x", 1000)).status());
    }
}
