package org.glimpse.transport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.transport.TransportException;
import org.glimpse.transport.internal.testing.Frames;
import org.glimpse.transport.internal.testing.LoopbackServer;
import org.glimpse.transport.internal.testing.Requests;
import org.junit.jupiter.api.Test;

/** Series metadata over HTTP: redirects with credentials, gzip, errors that name the URL. */
class MetadataFetchTest {

    /** One instance of 4 × 6 pixels. */
    static final String JSON = "[{\"00080018\":{\"vr\":\"UI\",\"Value\":[\"1.2.3\"]},"
            + "\"00280010\":{\"vr\":\"US\",\"Value\":[4]},\"00280011\":{\"vr\":\"US\",\"Value\":[6]},"
            + "\"00280100\":{\"vr\":\"US\",\"Value\":[16]}}]";

    @Test
    void followsASameOriginRedirectWithCredentialsAndReadsGzip() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(JSON.getBytes(StandardCharsets.UTF_8));
        }
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> {
            if (req.getHttpURI().getPath().startsWith("/wado")) {
                resp.getHeaders().put("Location", "/moved" + req.getHttpURI().getPath());
                Frames.send(resp, 302, null, new byte[0], cb);
            } else {
                resp.getHeaders().put("Content-Encoding", "gzip");
                Frames.send(resp, 200, "application/dicom+json", gz.toByteArray(), cb);
            }
        });
                WadoTransport transport = new WadoTransport(TransportSettings.DEFAULTS, null,
                        () -> (url, authScheme) -> Map.of("Authorization", "Bearer m"))) {
            SeriesDescriptor d = transport.seriesMetadata(Requests.series(server.uri("/wado"))).get(20,
                    TimeUnit.SECONDS);
            assertEquals(6, d.instances().get(0).pixel().columns(), "columns from the gzip body");
            assertEquals("Bearer m", server.seen().get(1).header("Authorization"), "credentials after the redirect");
            assertEquals("application/dicom+json", server.seen().get(0).header("Accept"), "Accept");
        }
    }

    @Test
    void failsNamingUrlStatusAndStageOn404() throws Exception {
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> Frames.send(resp, 404, "text/plain",
                "no".getBytes(), cb));
                WadoTransport transport = new WadoTransport(TransportSettings.DEFAULTS, null, null)) {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> transport.seriesMetadata(Requests.series(server.uri("/wado"))).get(20, TimeUnit.SECONDS));
            TransportException t = assertInstanceOf(TransportException.class, e.getCause(), "cause type");
            assertEquals(404, t.status(), "status");
            assertTrue(t.getMessage().contains("/series/2/metadata") && t.getMessage().contains("metadata"),
                    "message: " + t.getMessage());
        }
    }

    @Test
    void failsNamingTheAttributeWhenTheJsonIsWrong() throws Exception {
        String bad = JSON.replace("[4]", "[\"four\"]");
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> Frames.send(resp, 200,
                "application/dicom+json", bad.getBytes(StandardCharsets.UTF_8), cb));
                WadoTransport transport = new WadoTransport(TransportSettings.DEFAULTS, null, null)) {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> transport.seriesMetadata(Requests.series(server.uri("/wado"))).get(20, TimeUnit.SECONDS));
            assertTrue(e.getCause().getMessage().contains("(0028,0010)") && e.getCause().getMessage().contains("four"),
                    "message: " + e.getCause().getMessage());
        }
    }
}
