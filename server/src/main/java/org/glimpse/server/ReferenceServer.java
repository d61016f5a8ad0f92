package org.glimpse.server;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.glimpse.server.data.Catalog;
import org.glimpse.server.data.SampleData;
import org.glimpse.server.http.RequestLog;
import org.glimpse.server.http.WadoHandler;
import org.glimpse.server.tls.ServerCertificate;

/**
 * The reference static DICOMweb server on 127.0.0.1, embeddable in tests and demos. One port speaks HTTP/1.1
 * and h2c (HTTP/2 by prior knowledge or upgrade), or with {@link ServerOptions#tls()} HTTPS with HTTP/1.1 and
 * h2 by ALPN, under a certificate made at start:
 * <pre>
 * try (ReferenceServer server = ReferenceServer.start(ServerOptions.of(dir, SampleSize.SMALL))) {
 *     URI root = server.wadoRoot(); // http://127.0.0.1:PORT/dicomweb
 * }
 * </pre>
 */
public final class ReferenceServer implements AutoCloseable {
    /** Threads block while pacing emulated links, so allow many concurrent responses. */
    private static final int MAX_THREADS = 256;

    private final Server server;
    private final ServerConnector connector;
    private final RequestLog log;
    private final Catalog catalog;
    private final ServerCertificate certificate;

    private ReferenceServer(Server server, ServerConnector connector, RequestLog log, Catalog catalog,
            ServerCertificate certificate) {
        this.server = server;
        this.connector = connector;
        this.log = log;
        this.catalog = catalog;
        this.certificate = certificate;
    }

    /** Prepares the sample data if {@link ServerOptions#sampleSize()} is set, then listens on 127.0.0.1. */
    public static ReferenceServer start(ServerOptions options) throws IOException {
        Catalog catalog = options.sampleSize() != null ? SampleData.ensure(options.dataRoot(), options.sampleSize())
                : readCatalog(options.dataRoot());
        Path tree = SampleData.tree(options.dataRoot());
        if (!Files.isDirectory(tree)) {
            throw new IOException("no DICOMweb tree at " + tree + "; prepare it with SampleData.ensure or give a "
                    + "sample size");
        }
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 8);
        threads.setName("glimpse-server");
        Server server = new Server(threads);
        ServerCertificate certificate = options.tls()
                ? ServerCertificate.create(Files.createTempDirectory(Files.createDirectories(
                        options.dataRoot().resolve("tls")), "run-"))
                : null;
        ServerConnector connector = certificate == null ? Connectors.cleartext(server)
                : Connectors.tls(server, certificate);
        connector.setHost("127.0.0.1");
        connector.setPort(options.port());
        if (options.faults().idleClose()) {
            connector.setIdleTimeout(1000);
        }
        server.addConnector(connector);
        RequestLog log = RequestLog.open(options.requestLog());
        server.setHandler(new WadoHandler(tree, options.profile(), options.faults(), log));
        server.setStopTimeout(2000);
        try {
            server.start();
        } catch (Exception e) {
            log.close();
            deleteCertificate(certificate);
            throw new IOException("cannot start the server on 127.0.0.1:" + options.port() + ": " + e.getMessage(), e);
        }
        return new ReferenceServer(server, connector, log, catalog, certificate);
    }

    private static Catalog readCatalog(Path dataRoot) throws IOException {
        return Files.isRegularFile(dataRoot.resolve(Catalog.FILE_NAME)) ? Catalog.read(dataRoot) : null;
    }

    /** {@code http://127.0.0.1:<port>/dicomweb}, or {@code https://…} under TLS. */
    public URI wadoRoot() {
        return URI.create((certificate == null ? "http" : "https") + "://127.0.0.1:" + port() + WadoHandler.ROOT);
    }

    /** The certificate made at start and its trust files; null without TLS. Deleted when the server closes. */
    public ServerCertificate certificate() {
        return certificate;
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** What is served; null when started without a sample size on a tree without catalog. */
    public Catalog catalog() {
        return catalog;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("stopping the server on port " + port() + " failed: " + e.getMessage(), e);
        } finally {
            try {
                log.close();
            } catch (IOException e) {
                // nothing left to write to
            }
            deleteCertificate(certificate);
        }
    }

    private static void deleteCertificate(ServerCertificate certificate) {
        if (certificate == null) {
            return;
        }
        try {
            certificate.delete();
            Files.deleteIfExists(certificate.keyStore().getParent());
        } catch (IOException e) {
            // best effort: what is left is a throwaway certificate made for this run only
        }
    }
}
