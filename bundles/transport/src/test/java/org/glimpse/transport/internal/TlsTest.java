package org.glimpse.transport.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.glimpse.api.retrieve.SiteSettings;
import org.glimpse.api.transport.TransportException;
import org.glimpse.transport.internal.testing.Frames;
import org.glimpse.transport.internal.testing.LoopbackServer;
import org.glimpse.transport.internal.testing.Recorder;
import org.glimpse.transport.internal.testing.Requests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Certificates are verified: a self-signed server is refused unless the site's trust store has it. */
class TlsTest {

    private static final String PASSWORD = "changeit";
    private static Path keyStore;
    private static Path trustStore;

    /** A fresh self-signed certificate for 127.0.0.1, made by the JDK's keytool (nothing committed). */
    @BeforeAll
    static void makeCertificate() throws Exception {
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "tls");
        keyStore = dir.resolve("server.p12");
        trustStore = dir.resolve("trust.jks");
        Path cert = dir.resolve("server.pem");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore",
                keyStore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", keyStore.toString(), "-storepass", PASSWORD,
                "-file", cert.toString());
        keytool("-importcert", "-noprompt", "-alias", "server", "-file", cert.toString(), "-storetype", "JKS",
                "-keystore", trustStore.toString(), "-storepass", PASSWORD);
    }

    private static void keytool(String... args) throws Exception {
        String exe = System.getProperty("java.home") + File.separator + "bin" + File.separator + "keytool";
        List<String> cmd = new java.util.ArrayList<>(List.of(exe));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "keytool finished");
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.exitValue(), "keytool " + args[0] + " failed: " + out);
    }

    private static LoopbackServer tlsServer(byte[] frame) throws Exception {
        return new LoopbackServer((req, resp, cb) -> Frames.send(resp, 200, "application/octet-stream", frame, cb),
                keyStore.toString(), PASSWORD, 30_000);
    }

    @Test
    void refusesASelfSignedServerByDefault() throws Exception {
        try (LoopbackServer server = tlsServer(Frames.htj2k(100, 71));
                WadoTransport transport = new WadoTransport(TransportSettings.DEFAULTS, null, null)) {
            Recorder r = new Recorder();
            transport.fetch(Requests.frame(server.uri("/wado"), 1, null), r);
            TransportException e = r.awaitFailure();
            assertTrue(e.getMessage().contains("TLS") && e.getMessage().contains("https://127.0.0.1"),
                    "clear TLS error naming the URL: " + e.getMessage());
            assertEquals(0, server.seen().size(), "no request got through");
        }
    }

    @Test
    void acceptsTheServerWhenTheSiteTrustStoreHasItsCertificate() throws Exception {
        byte[] frame = Frames.htj2k(2_000, 72);
        try (LoopbackServer server = tlsServer(frame)) {
            SiteSettings site = new SiteSettings("tls-site", server.uri("/").toString(), null, null, List.of(), null,
                    4, trustStore.toString());
            try (WadoTransport transport = new WadoTransport(TransportSettings.DEFAULTS, u -> site, null)) {
                Recorder r = new Recorder();
                transport.fetch(Requests.frame(server.uri("/wado"), 1, null), r);
                r.awaitResult();
                assertArrayEquals(frame, r.bytes.toByteArray(), "frame over verified TLS");
            }
        }
    }

    @Test
    void refusesACertificateIssuedForAnotherHostEvenWhenTrusted() throws Exception {
        try (LoopbackServer server = tlsServer(Frames.htj2k(100, 74))) {
            SiteSettings site = new SiteSettings("tls-site", "https://", null, null, List.of(), null, 4,
                    trustStore.toString());
            try (WadoTransport transport = new WadoTransport(TransportSettings.DEFAULTS, u -> site, null)) {
                Recorder r = new Recorder();
                // the certificate names 127.0.0.1 only
                transport.fetch(Requests.frame(server.uri("localhost", "/wado"), 1, null), r);
                TransportException e = r.awaitFailure();
                assertTrue(e.getMessage().contains("TLS") && e.getMessage().contains("https://localhost"),
                        "host name mismatch is a TLS failure naming the URL: " + e.getMessage());
                assertEquals(0, server.seen().size(), "no request got through");
            }
        }
    }

    @Test
    void negotiatesHttp2ByAlpnWhenTheServerOffersIt() throws Exception {
        byte[] frame = Frames.htj2k(2_000, 73);
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> Frames.send(resp, 200,
                "application/octet-stream", frame, cb), keyStore.toString(), PASSWORD, 30_000, true)) {
            SiteSettings site = new SiteSettings("h2-site", server.uri("/").toString(), null, null, List.of(), null,
                    4, trustStore.toString());
            try (WadoTransport transport = new WadoTransport(TransportSettings.DEFAULTS, u -> site, null)) {
                Recorder r = new Recorder();
                transport.fetch(Requests.frame(server.uri("/wado"), 1, null), r);
                assertEquals("HTTP/2.0", r.awaitResult().metrics().protocol(), "h2 chosen by ALPN");
                assertArrayEquals(frame, r.bytes.toByteArray(), "frame over h2");
            }
        }
    }

    @Test
    void refusesARedirectFromHttpsToHttp() throws Exception {
        try (LoopbackServer plain = new LoopbackServer((req, resp, cb) -> Frames.send(resp, 200,
                "application/octet-stream", new byte[10], cb));
                LoopbackServer secure = new LoopbackServer((req, resp, cb) -> {
                    resp.getHeaders().put("Location", plain.uri("/wado/x").toString());
                    Frames.send(resp, 302, null, new byte[0], cb);
                }, keyStore.toString(), PASSWORD, 30_000)) {
            SiteSettings site = new SiteSettings("tls-site", secure.uri("/").toString(), null, null, List.of(), null,
                    4, trustStore.toString());
            try (WadoTransport transport = new WadoTransport(TransportSettings.DEFAULTS, u -> site, null)) {
                Recorder r = new Recorder();
                transport.fetch(Requests.frame(secure.uri("/wado"), 1, null), r);
                String message = r.awaitFailure().getMessage();
                assertTrue(message.contains("refused redirect") && message.contains("http://127.0.0.1"),
                        "names the downgrade: " + message);
                assertEquals(0, plain.seen().size(), "plain server never contacted");
            }
        }
    }
}
