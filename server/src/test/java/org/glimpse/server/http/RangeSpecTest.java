package org.glimpse.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RangeSpecTest {

    private static RangeSpec one(String header, long total) throws HttpError {
        List<RangeSpec> set = RangeSpec.parseSet(header, total);
        assertEquals(1, set.size(), header);
        return set.get(0);
    }

    @Test
    void closedOpenAndSuffixFormsResolveAgainstTheLength() throws HttpError {
        assertEquals(new RangeSpec(0, 99), one("bytes=0-99", 1000), "bytes=0-99");
        assertEquals(new RangeSpec(900, 999), one("bytes=900-", 1000), "bytes=900-");
        assertEquals(new RangeSpec(950, 999), one("bytes=-50", 1000), "bytes=-50");
        assertEquals(new RangeSpec(0, 999), one("bytes=-5000", 1000), "suffix longer than the body");
        assertEquals(new RangeSpec(500, 999), one("bytes=500-123456", 1000), "last clipped");
        assertEquals("bytes 500-999/1000", one("bytes=500-", 1000).contentRange(1000));
    }

    @Test
    void rangesPastTheEndAreUnsatisfiable() {
        HttpError e = assertThrows(HttpError.class, () -> RangeSpec.parseSet("bytes=1000-", 1000));
        assertEquals(416, e.status(), e.getMessage());
        assertEquals(416, assertThrows(HttpError.class, () -> RangeSpec.parseSet("bytes=-0", 1000)).status());
        assertEquals(416, assertThrows(HttpError.class, () -> RangeSpec.parseSet("bytes=2000-,1500-1600", 1000))
                .status(), "no range of the set is satisfiable");
    }

    @Test
    void malformedHeadersAreBadRequestsNamingTheHeader() {
        for (String bad : new String[] {"bytes=abc-", "items=0-1", "bytes=5-1", "bytes=1-2-3", "bytes=",
            "bytes=99999999999999999999-"}) {
            HttpError e = assertThrows(HttpError.class, () -> RangeSpec.parseSet(bad, 1000), bad);
            assertEquals(400, e.status(), bad + ": " + e.getMessage());
            assertTrue(e.getMessage().contains(bad), "message should quote the header: " + e.getMessage());
        }
    }

    @Test
    void aSetKeepsItsSatisfiableRangesInTheOrderAsked() throws HttpError {
        assertEquals(List.of(new RangeSpec(500, 599), new RangeSpec(0, 1), new RangeSpec(990, 999)),
                RangeSpec.parseSet("bytes=500-599, 0-1,5000-,-10", 1000), "5000- selects nothing and is left out");
        assertEquals(400, assertThrows(HttpError.class, () -> RangeSpec.parseSet("bytes=0-1,x", 1000)).status());
        assertEquals(List.of(new RangeSpec(0, 1)), RangeSpec.parseSet("bytes=0-1, ,", 1000),
                "empty list elements are ignored");
    }
}
