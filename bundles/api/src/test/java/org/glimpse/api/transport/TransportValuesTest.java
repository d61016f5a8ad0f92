package org.glimpse.api.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class TransportValuesTest {

    @Test
    void rangesWriteRfc9110Headers() {
        assertEquals("bytes=0-65535", ByteRange.prefix(65_536).header());
        assertEquals("bytes=65536-", ByteRange.from(65_536).header());
        assertEquals(65_536, ByteRange.prefix(65_536).length());
        assertEquals(-1, ByteRange.from(3).length());
    }

    @Test
    void rangesRejectBackwardsBounds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ByteRange(10, 9));
        assertTrue(e.getMessage().contains("9") && e.getMessage().contains("10"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ByteRange.from(-1));
    }

    @Test
    void seriesUrlsAreBuiltWithOrWithoutTrailingSlash() {
        SeriesLocation a = new SeriesLocation(URI.create("http://h:8080/dicomweb"), "1.2", "1.2.3");
        SeriesLocation b = new SeriesLocation(URI.create("http://h:8080/dicomweb/"), "1.2", "1.2.3");
        assertEquals(URI.create("http://h:8080/dicomweb/studies/1.2/series/1.2.3/metadata"), a.metadataUri());
        assertEquals(a.seriesUri(), b.seriesUri());
    }

    @Test
    void onlyHttpRootsAreAccepted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SeriesLocation(URI.create("file:///etc/passwd"), "1", "2"));
        assertTrue(e.getMessage().contains("file:///etc/passwd"), e.getMessage());
    }

    @Test
    void aCancellationCarriesNoStackTraceButAFailureDoes() {
        URI url = URI.create("http://h/dicomweb/studies/1/series/2/instances/3/frames/1");
        TransportException cancelled = new TransportException(url, 0, "stage", "cancelled", null, true);
        TransportException failed = new TransportException(url, 503, "stage", "server answered HTTP 503", null);
        assertEquals(0, cancelled.getStackTrace().length, "a cancel is asked for: nothing to locate");
        assertTrue(failed.getStackTrace().length > 0, "a failure keeps where it was raised");
        assertTrue(cancelled.cancelled() && cancelled.getMessage().contains(url.toString()), cancelled.getMessage());
    }
}
