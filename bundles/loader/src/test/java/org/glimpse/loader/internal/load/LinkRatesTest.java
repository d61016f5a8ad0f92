package org.glimpse.loader.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.glimpse.api.transport.RequestMetrics;
import org.junit.jupiter.api.Test;

class LinkRatesTest {

    private static RequestMetrics response(String url, long bytes, long nanos) {
        return new RequestMetrics(URI.create(url), "HTTP/1.1", 200, bytes, 0, 5_000_000, 5_000_000 + nanos, 1);
    }

    @Test
    void aLargeResponseTellsTheRateOfItsOriginForEveryLaterLoad() {
        LinkRates rates = new LinkRates();
        URI root = URI.create("http://127.0.0.1:8042/dicom-web");
        assertEquals(-1, rates.bytesPerNano(root), "unknown before any response");
        rates.ended(response("http://127.0.0.1:8042/dicom-web/studies/1/series/2/instances/3/frames/1", 7_000_000,
                31_000_000));
        assertEquals(7.0 / 31, rates.bytesPerNano(root), 1e-9, "7 MB in 31 ms");
        assertEquals(-1, rates.bytesPerNano(URI.create("http://127.0.0.1:8043/dicom-web")),
                "another port is another link");
    }

    @Test
    void aSmallResponseSaysNothingOfTheLinksRate() {
        LinkRates rates = new LinkRates();
        rates.ended(response("http://127.0.0.1:8042/f", 131_072, 3_000_000));
        assertEquals(-1, rates.bytesPerNano(URI.create("http://127.0.0.1:8042/")), "a 128 KB range is too small");
    }

    @Test
    void theRateMovesHalfWayToEachNewLargeResponse() {
        LinkRates rates = new LinkRates();
        rates.ended(response("http://127.0.0.1:8042/f", 2_000_000, 1_000_000));
        rates.ended(response("http://127.0.0.1:8042/f", 4_000_000, 1_000_000));
        assertEquals(3, rates.bytesPerNano(URI.create("http://127.0.0.1:8042/")), 1e-9, "2 then 4 bytes a ns");
    }
}
