package org.glimpse.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.CompletableResponseListener;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.http2.client.HTTP2Client;
import org.eclipse.jetty.http2.client.transport.HttpClientTransportOverHTTP2;
import org.glimpse.server.data.CatalogSeries;
import org.glimpse.server.data.Representation;
import org.junit.jupiter.api.Test;

/** The same port answers h2c (HTTP/2 by prior knowledge), many ranges multiplexed on one connection. */
class Http2Test extends ServerTestBase {

    @Test
    void rangesOfEveryCtSliceOverOneH2cConnection() throws Exception {
        HttpClient h2 = new HttpClient(new HttpClientTransportOverHTTP2(new HTTP2Client()));
        h2.start();
        try {
            CatalogSeries ct = catalog.ct();
            List<CompletableFuture<ContentResponse>> pending = new ArrayList<>();
            for (int i = 0; i < ct.instances().size(); i++) {
                pending.add(new CompletableResponseListener(h2.newRequest(uri(frameUrl(ct, i, "frames", "1")))
                        .headers(h -> h.put(HttpHeader.ACCEPT, "image/jphc").put(HttpHeader.RANGE, "bytes=0-2047"))
                        .timeout(20, TimeUnit.SECONDS)).send());
            }
            for (int i = 0; i < pending.size(); i++) {
                ContentResponse r = pending.get(i).get(30, TimeUnit.SECONDS);
                assertEquals(HttpVersion.HTTP_2, r.getVersion(), "slice " + i + " over HTTP/2");
                assertEquals(206, r.getStatus(), "slice " + i);
                assertArrayEquals(Arrays.copyOf(stored(ct, i, Representation.HTJ2K_TILED, 1), 2048), r.getContent(),
                        "first 2 KB of slice " + i);
            }
            ContentResponse paced = h2.newRequest(uri(frameUrl(ct, 0, "frames", "1") + "?profile=custom:50:5"))
                    .headers(h -> h.put(HttpHeader.ACCEPT, "image/jphc")).timeout(20, TimeUnit.SECONDS).send();
            assertArrayEquals(stored(ct, 0, Representation.HTJ2K_TILED, 1), paced.getContent(),
                    "a paced frame over HTTP/2 arrives whole");
        } finally {
            h2.stop();
        }
    }
}
