package org.glimpse.server.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.transport.HttpClientConnectionFactory;
import org.eclipse.jetty.client.transport.HttpClientTransportDynamic;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.http2.client.HTTP2Client;
import org.eclipse.jetty.http2.client.transport.ClientConnectionFactoryOverHTTP2;
import org.eclipse.jetty.io.ClientConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.glimpse.server.ReferenceServer;
import org.glimpse.server.ServerOptions;
import org.glimpse.server.TestData;
import org.junit.jupiter.api.Test;

/** {@code --tls}: HTTPS under a certificate made at start, trusted through the trust files it prints. */
class TlsServerTest {

    /** A verifying client (host name included) that trusts {@code trustStore} only, or the JDK's defaults. */
    private static HttpClient client(Path trustStore) throws Exception {
        SslContextFactory.Client tls = new SslContextFactory.Client();
        tls.setEndpointIdentificationAlgorithm("HTTPS");
        if (trustStore != null) {
            tls.setTrustStorePath(trustStore.toString());
            tls.setTrustStoreType("PKCS12");
        }
        ClientConnector connector = new ClientConnector();
        connector.setSslContextFactory(tls);
        HttpClient client = new HttpClient(new HttpClientTransportDynamic(connector,
                new ClientConnectionFactoryOverHTTP2.HTTP2(new HTTP2Client(connector)),
                HttpClientConnectionFactory.HTTP11));
        client.start();
        return client;
    }

    private static ContentResponse get(HttpClient client, String url) throws Exception {
        return client.newRequest(url).timeout(20, TimeUnit.SECONDS).send();
    }

    @Test
    void servesHttpsAndH2ToAClientThatTrustsThePrintedTrustStore() throws Exception {
        TestData.catalog();
        ServerCertificate certificate;
        try (ReferenceServer server = ReferenceServer.start(ServerOptions.of(TestData.ROOT, null).withTls(true))) {
            certificate = server.certificate();
            assertTrue(server.wadoRoot().toString().startsWith("https://127.0.0.1:"), server.wadoRoot().toString());
            HttpClient client = client(certificate.trustPkcs12());
            try {
                ContentResponse studies = get(client, server.wadoRoot() + "/studies");
                assertEquals(200, studies.getStatus());
                assertEquals(HttpVersion.HTTP_2, studies.getVersion(), "h2 chosen by ALPN");
                String series = TestData.catalog().dx().path();
                String metadata = get(client, server.wadoRoot() + "/" + series + "/metadata").getContentAsString();
                assertTrue(metadata.contains("\"BulkDataURI\":\"https://127.0.0.1:" + server.port() + "/dicomweb/"),
                        "BulkDataURIs name the https root");
            } finally {
                client.stop();
            }
            HttpClient untrusting = client(null);
            try {
                ExecutionException e = assertThrows(ExecutionException.class,
                        () -> get(untrusting, server.wadoRoot() + "/studies"));
                assertTrue(e.getCause() instanceof SSLHandshakeException, "refused by verification: " + e.getCause());
            } finally {
                untrusting.stop();
            }
        }
        assertFalse(Files.exists(certificate.keyStore()), "the private key is deleted with the server");
        assertFalse(Files.exists(certificate.trustPkcs12()), "the trust store is deleted with the server");
    }

    @Test
    void thePemNamesTheLoopbackAddress() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "certificate");
        ServerCertificate c = ServerCertificate.create(dir);
        try (InputStream in = Files.newInputStream(c.trustPem())) {
            X509Certificate x = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            List<String> names = new ArrayList<>();
            x.getSubjectAlternativeNames().forEach(n -> names.add(n.get(1).toString()));
            assertEquals(List.of("127.0.0.1", "localhost"), names, "subject alternative names");
            x.checkValidity();
        } finally {
            c.delete();
        }
    }

    @Test
    void serverMainPrintsTheTrustFilesItServesWith() throws Exception {
        TestData.catalog();
        Path log = Files.createTempFile(Path.of("target"), "tls-requests", ".log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.glimpse.server.ServerMain", "--tls", "--port", "0",
                "--data", TestData.ROOT.toString(), "--size", "small", "--log", log.toString())
                .redirectErrorStream(true).start();
        // a server that never prints its root is killed, which ends the reads below
        CompletableFuture.delayedExecutor(60, TimeUnit.SECONDS).execute(p::destroyForcibly);
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            Path trust = null;
            String root = null;
            List<String> lines = new ArrayList<>();
            String line;
            while (root == null && (line = out.readLine()) != null) {
                lines.add(line);
                if (line.startsWith("Trust (PKCS12, no password): ")) {
                    trust = Path.of(line.substring(line.indexOf(": ") + 2));
                } else if (line.startsWith("DICOMweb: ")) {
                    root = line.substring("DICOMweb: ".length());
                }
            }
            assertTrue(trust != null && root != null && root.startsWith("https://"), "printed: " + lines);
            HttpClient client = client(trust);
            try {
                assertEquals(200, get(client, root + "/studies").getStatus(), "trusted through the printed file");
            } finally {
                client.stop();
            }
        } finally {
            p.destroy();
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the server stops on SIGTERM");
        }
    }
}
