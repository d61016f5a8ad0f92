package org.glimpse.transport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.glimpse.api.retrieve.SiteSettings;
import org.glimpse.transport.internal.testing.Frames;
import org.glimpse.transport.internal.testing.LoopbackServer;
import org.glimpse.transport.internal.testing.Recorder;
import org.glimpse.transport.internal.testing.Requests;
import org.junit.jupiter.api.Test;

/** A site chooses h2c or HTTP/1.1 for its http:// URLs; a server without HTTP/2 is then spoken to in HTTP/1.1. */
class Http2ChoiceTest {

    private static final byte[] FRAME = Frames.htj2k(3_000, 17);

    private static LoopbackServer.Behaviour series() {
        return (req, resp, cb) -> {
            if (req.getHttpURI().getPath().endsWith("/metadata")) {
                Frames.send(resp, 200, "application/dicom+json",
                        MetadataFetchTest.JSON.getBytes(StandardCharsets.UTF_8), cb);
            } else {
                Frames.send(resp, 200, "application/octet-stream", FRAME, cb);
            }
        };
    }

    private static SiteSettings site(LoopbackServer server, Boolean h2c) {
        return new SiteSettings("s", server.uri("/").toString(), null, null, List.of(), null, 6, null, h2c);
    }

    /** Reads the metadata, then fetches three frames; returns the protocols the server saw, in order. */
    private static List<String> load(LoopbackServer server, TransportSettings defaults, Boolean siteH2c)
            throws Exception {
        try (WadoTransport transport = new WadoTransport(defaults, u -> site(server, siteH2c), null)) {
            transport.seriesMetadata(Requests.series(server.uri("/wado"))).get(20, TimeUnit.SECONDS);
            for (int n = 1; n <= 3; n++) {
                Recorder r = new Recorder();
                transport.fetch(Requests.frame(server.uri("/wado"), n, null), r);
                assertEquals(FRAME.length, r.awaitResult().bytesDelivered(), "frame " + n + " whole");
            }
        }
        return server.seen().stream().map(LoopbackServer.Seen::protocol).toList();
    }

    @Test
    void aSiteThatAsksForH2cGetsItWhereTheTransportDefaultIsHttp11() throws Exception {
        try (LoopbackServer server = new LoopbackServer(series())) {
            List<String> seen = load(server, TransportSettings.DEFAULTS, true);
            assertEquals(List.of("HTTP/2.0", "HTTP/2.0", "HTTP/2.0", "HTTP/2.0"), seen, "metadata and frames");
            assertEquals(1, server.connections(), "the metadata's connection carries the frames");
        }
    }

    @Test
    void overHttp11TooTheMetadataConnectionCarriesTheFrames() throws Exception {
        try (LoopbackServer server = new LoopbackServer(series())) {
            List<String> seen = load(server, TransportSettings.DEFAULTS, null);
            assertEquals(List.of("HTTP/1.1", "HTTP/1.1", "HTTP/1.1", "HTTP/1.1"), seen, "metadata and frames");
            assertEquals(1, server.connections(), "no new connection after the metadata (one request at a time)");
        }
    }

    @Test
    void aSiteThatAsksForHttp11GetsItWhereTheTransportDefaultIsH2c() throws Exception {
        try (LoopbackServer server = new LoopbackServer(series())) {
            List<String> seen = load(server, TransportSettings.DEFAULTS.withCleartextHttp2(true), false);
            assertEquals(List.of("HTTP/1.1", "HTTP/1.1", "HTTP/1.1", "HTTP/1.1"), seen, "metadata and frames");
        }
    }

    @Test
    void aServerWithoutHttp2IsSpokenToInHttp11() throws Exception {
        try (LoopbackServer server = LoopbackServer.http11Only(series())) {
            List<String> seen = load(server, TransportSettings.DEFAULTS, true);
            assertEquals(List.of("HTTP/1.1", "HTTP/1.1", "HTTP/1.1", "HTTP/1.1"), seen,
                    "the refused preface never reaches the handler; every request is answered in HTTP/1.1");
        }
    }

    @Test
    void aFrameFirstOnAServerWithoutHttp2FallsBackToo() throws Exception {
        try (LoopbackServer server = LoopbackServer.http11Only(series());
                WadoTransport transport = new WadoTransport(TransportSettings.DEFAULTS, u -> site(server, true),
                        null)) {
            Recorder r = new Recorder();
            transport.fetch(Requests.frame(server.uri("/wado"), 1, null), r);
            assertEquals(FRAME.length, r.awaitResult().bytesDelivered(), "the frame, without the metadata first");
            assertEquals("HTTP/1.1", r.result.metrics().protocol(), "protocol of the answer");
            assertTrue(r.failure == null, "no failure reached the caller: " + r.failure);
        }
    }
}
