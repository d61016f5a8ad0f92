package org.glimpse.transport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.glimpse.api.host.RequestAuthorizer;
import org.glimpse.api.transport.ByteRange;
import org.glimpse.transport.internal.testing.Frames;
import org.glimpse.transport.internal.testing.LoopbackServer;
import org.glimpse.transport.internal.testing.Ranges;
import org.glimpse.transport.internal.testing.Recorder;
import org.glimpse.transport.internal.testing.Requests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Credentials on every request of their origin, ranges included; never sent to another host. */
class AuthTest {

    private static final String TOKEN = "Bearer s3cret-token";
    private static final String TYPE = "application/octet-stream";

    private final RequestAuthorizer authorizer = (url, authScheme) -> Map.of("Authorization", TOKEN);
    private final WadoTransport transport = new WadoTransport(TransportSettings.DEFAULTS, null, () -> authorizer);

    @AfterEach
    void close() {
        transport.close();
    }

    @Test
    void sendsCredentialsOnEveryRangeRequest() throws Exception {
        byte[] frame = Frames.htj2k(100_000, 61);
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> Ranges.serve(req, resp, frame, TYPE, cb))) {
            Recorder a = new Recorder();
            transport.fetch(Requests.frame(server.uri("/wado"), 1, ByteRange.prefix(65_536)), a);
            a.awaitResult();
            Recorder b = new Recorder(65_536);
            transport.fetch(Requests.frame(server.uri("/wado"), 1, ByteRange.from(65_536)), b);
            b.awaitResult();
            assertEquals(2, server.seen().size(), "two range requests");
            server.seen().forEach(s -> assertEquals(TOKEN, s.header("Authorization"),
                    "Authorization on " + s.header("Range")));
        }
    }

    @Test
    void eachSiteGetsTheCredentialsItsConfigurationNames() throws Exception {
        byte[] frame = Frames.htj2k(1_000, 64);
        RequestAuthorizer byScheme = (url, authScheme) -> Map.of("Authorization", "Bearer " + authScheme);
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> Frames.send(resp, 200, TYPE, frame, cb))) {
            java.util.function.Function<java.net.URI, org.glimpse.api.retrieve.SiteSettings> sites = u -> site(
                    u.getPath().startsWith("/ct") ? "ct-token" : "mr-token");
            try (WadoTransport twoSites = new WadoTransport(TransportSettings.DEFAULTS, sites, () -> byScheme)) {
                for (String root : new String[] {"/ct", "/mr"}) {
                    Recorder r = new Recorder();
                    twoSites.fetch(Requests.frame(server.uri(root), 1, null), r);
                    r.awaitResult();
                }
            }
            assertEquals("Bearer ct-token", server.seen().get(0).header("Authorization"), "the /ct site's scheme");
            assertEquals("Bearer mr-token", server.seen().get(1).header("Authorization"), "the /mr site's scheme");
        }
    }

    private static org.glimpse.api.retrieve.SiteSettings site(String authScheme) {
        org.glimpse.api.retrieve.RetrieveConfiguration single = new org.glimpse.api.retrieve.RetrieveConfiguration(
                "single", java.util.List.of(org.glimpse.api.retrieve.RetrieveStage.everyFrame("final", null,
                        org.glimpse.api.retrieve.RequestType.PREFETCH)), Map.of());
        return new org.glimpse.api.retrieve.SiteSettings(authScheme, "http://127.0.0.1/", single, single,
                java.util.List.of(), authScheme, 6, null);
    }

    @Test
    void dropsCredentialsOnARedirectToAnotherHost() throws Exception {
        byte[] frame = Frames.htj2k(1_000, 62);
        try (LoopbackServer other = new LoopbackServer((req, resp, cb) -> Frames.send(resp, 200, TYPE, frame, cb));
                LoopbackServer origin = new LoopbackServer((req, resp, cb) -> {
                    resp.getHeaders().put("Location", other.uri("localhost", req.getHttpURI().getPath()).toString());
                    Frames.send(resp, 302, null, new byte[0], cb);
                })) {
            Recorder r = new Recorder();
            transport.fetch(Requests.frame(origin.uri("/wado"), 1, null), r);
            r.awaitResult();
            assertEquals(TOKEN, origin.seen().get(0).header("Authorization"), "the origin got the token");
            assertEquals(1, other.seen().size(), "redirect followed");
            assertNull(other.seen().get(0).header("Authorization"), "another host (localhost vs 127.0.0.1, "
                    + "other port) gets no credentials");
        }
    }

    @Test
    void reappliesCredentialsOnASameOriginRedirect() throws Exception {
        byte[] frame = Frames.htj2k(1_000, 63);
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> {
            if (req.getHttpURI().getPath().startsWith("/wado")) {
                resp.getHeaders().put("Location", "/moved" + req.getHttpURI().getPath());
                Frames.send(resp, 307, null, new byte[0], cb);
            } else {
                Frames.send(resp, 200, TYPE, frame, cb);
            }
        })) {
            Recorder r = new Recorder();
            transport.fetch(Requests.frame(server.uri("/wado"), 1, null), r);
            r.awaitResult();
            assertEquals(2, server.seen().size(), "redirect followed");
            assertEquals(TOKEN, server.seen().get(1).header("Authorization"), "same origin: token sent again");
        }
    }

    @Test
    void neverWritesCredentialsToTheDebugLog() throws Exception {
        String logFile = System.getProperty("org.slf4j.simpleLogger.logFile");
        org.junit.jupiter.api.Assumptions.assumeTrue(logFile != null && !logFile.startsWith("System."),
                "runs where the build sends DEBUG logs to a file");
        byte[] frame = Frames.htj2k(100_000, 64);
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> {
            if (req.getHttpURI().getPath().startsWith("/wado")) {
                resp.getHeaders().put("Location", "/moved" + req.getHttpURI().getPath());
                Frames.send(resp, 307, null, new byte[0], cb);
            } else {
                Ranges.serve(req, resp, frame, TYPE, cb);
            }
        })) {
            Recorder r = new Recorder();
            transport.fetch(Requests.frame(server.uri("/wado"), 7, ByteRange.prefix(1_000)), r);
            r.awaitResult();
            String log = java.nio.file.Files.readString(java.nio.file.Path.of(logFile));
            assertTrue(log.contains("GET " + server.uri("/wado")), "DEBUG lines of this request are in the log");
            assertFalse(log.contains("s3cret"), "no token in the DEBUG log " + logFile);
            assertEquals(TOKEN, server.seen().get(1).header("Authorization"), "the token was really sent");
        }
    }

    @Test
    void neverPutsCredentialsInFailureMessages() throws Exception {
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> Frames.send(resp, 401, "text/plain",
                "who?".getBytes(), cb))) {
            Recorder r = new Recorder();
            transport.fetch(Requests.frame(server.uri("/wado"), 1, null), r);
            String message = r.awaitFailure().getMessage();
            assertTrue(message.contains("401"), "status named: " + message);
            assertFalse(message.contains("s3cret"), "no token in: " + message);
        }
    }
}
