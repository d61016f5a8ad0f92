package org.glimpse.transport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.glimpse.api.retrieve.SiteSettings;
import org.glimpse.transport.internal.testing.Frames;
import org.glimpse.transport.internal.testing.LoopbackServer;
import org.glimpse.transport.internal.testing.Recorder;
import org.glimpse.transport.internal.testing.Requests;
import org.junit.jupiter.api.Test;

/** Requests in flight per host: the site's limit, HTTP/1.1 connections or HTTP/2 streams on one connection. */
class ConnectionLimitTest {

    private static LoopbackServer slow() throws Exception {
        byte[] frame = Frames.htj2k(2_000, 91);
        return new LoopbackServer((req, resp, cb) -> {
            Thread.sleep(60);
            Frames.send(resp, 200, "application/octet-stream", frame, cb);
        });
    }

    private static void fetchAll(WadoTransport transport, LoopbackServer server, int n) throws Exception {
        List<Recorder> all = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Recorder r = new Recorder();
            all.add(r);
            transport.fetch(Requests.frame(server.uri("/wado"), i, null), r);
        }
        for (Recorder r : all) {
            r.awaitResult();
        }
    }

    @Test
    void theSiteLimitBoundsRequestsInFlight() throws Exception {
        try (LoopbackServer server = slow()) {
            SiteSettings site = new SiteSettings("limited", server.uri("/").toString(), null, null, List.of(), null, 2,
                    null);
            try (WadoTransport transport = new WadoTransport(TransportSettings.DEFAULTS, u -> site, null)) {
                fetchAll(transport, server, 10);
            }
            assertEquals(2, server.maxInFlight(), "site maxConnections=2 is reached and never exceeded");
            assertTrue(server.connections() <= 2, "HTTP/1.1 connections: " + server.connections());
        }
    }

    @Test
    void http2MultiplexesOnOneConnection() throws Exception {
        try (LoopbackServer server = slow();
                WadoTransport transport = new WadoTransport(TransportSettings.DEFAULTS.withCleartextHttp2(true)
                        .withMaxConnectionsPerHost(8), null, null)) {
            fetchAll(transport, server, 16);
            assertEquals(1, server.connections(), "one HTTP/2 connection");
            // (the server may still be finishing one stream while the client starts the next, so its count is
            // not an exact bound; the transport's own count is)
            assertTrue(server.maxInFlight() > 1, "streams in flight on it: " + server.maxInFlight());
            assertEquals("HTTP/2.0", server.seen().get(0).protocol(), "protocol");
        }
    }
}
