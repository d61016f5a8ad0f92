package org.glimpse.workbench.internal.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.glimpse.api.retrieve.SeriesKind;
import org.junit.jupiter.api.Test;

class HeadlessOptionsTest {

    @Test
    void withoutAUrlThereIsNothingToLoad() {
        assertNull(HeadlessOptions.from(Map.<String, String>of()::get));
    }

    @Test
    void everyPropertyIsRead() {
        HeadlessOptions o = HeadlessOptions.from(Map.of(HeadlessOptions.URL, "http://127.0.0.1:8080/dicomweb",
                HeadlessOptions.SERIES, "1.2/1.2.3/stack  4.5/4.5.6/volume", HeadlessOptions.CONFIG, "interleaved",
                HeadlessOptions.SAVE, "/tmp/s", HeadlessOptions.WARMUPS, "2", HeadlessOptions.TIMEOUT, "30",
                HeadlessOptions.CONFIG + ".0", "single", HeadlessOptions.WARM_REQUESTS, "400")::get);
        assertEquals("single", o.jobs().get(0).configuration(), "a series' own configuration");
        assertEquals(2, o.jobs().size());
        assertEquals(SeriesKind.STACK, o.jobs().get(0).kind());
        assertEquals("4.5.6", o.jobs().get(1).series().seriesInstanceUid());
        assertEquals(SeriesKind.VOLUME, o.jobs().get(1).kind());
        assertEquals("interleaved", o.jobs().get(1).configuration());
        assertEquals("/tmp/s", o.saveDir().toString());
        assertNull(o.jsonFile());
        assertEquals(2, o.warmups());
        assertEquals(400, o.warmRequests());
        assertEquals(30, o.timeoutSeconds());
    }

    @Test
    void aMalformedValueIsNamedWithItsKey() {
        assertEquals("DICOMweb base URL must be http(s)://host/…, was 'ftp://x/y'", message(Map.of(
                HeadlessOptions.URL, "ftp://x/y", HeadlessOptions.SERIES, "1/2/stack")));
        assertEquals("series kind must be stack or volume, was 'cine' in '1/2/cine'", message(Map.of(
                HeadlessOptions.URL, "http://h/d", HeadlessOptions.SERIES, "1/2/cine")));
        assertEquals("glimpse.load.timeout must be a whole number, was 'soon'", message(Map.of(
                HeadlessOptions.URL, "http://h/d", HeadlessOptions.SERIES, "1/2/stack", HeadlessOptions.TIMEOUT,
                "soon")));
        assertEquals("glimpse.load.series names no series to load from http://h/d", message(Map.of(
                HeadlessOptions.URL, "http://h/d")));
    }

    private static String message(Map<String, String> properties) {
        return assertThrows(IllegalArgumentException.class, () -> HeadlessOptions.from(properties::get))
                .getMessage();
    }
}
