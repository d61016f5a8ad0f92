package org.glimpse.transport.internal.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.glimpse.server.Faults;
import org.glimpse.server.NetworkProfile;
import org.glimpse.server.http.RequestLog;
import org.glimpse.server.http.WadoHandler;

/**
 * The reference server's WADO-RS handler (with its link emulation) behind a connector that speaks both
 * HTTP/1.1 and h2c, on 127.0.0.1: the reference server itself listens with HTTP/1.1 only, and the
 * benchmark compares the two protocols against the same handler.
 */
final class DualProtocolServer implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;
    private final RequestLog log;

    DualProtocolServer(Path tree) throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(256, 8);
        threads.setName("bench-server");
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        HTTP2CServerConnectionFactory h2c = new HTTP2CServerConnectionFactory(http);
        h2c.setMaxConcurrentStreams(256);
        connector = new ServerConnector(server, new HttpConnectionFactory(http), h2c);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        log = RequestLog.open(null);
        server.setHandler(new WadoHandler(tree, NetworkProfile.LOCAL, Faults.NONE, log));
        try {
            server.start();
        } catch (Exception e) {
            throw new IOException("bench server did not start on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    URI wadoRoot() {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort() + WadoHandler.ROOT);
    }

    @Override
    public void close() throws Exception {
        server.stop();
        log.close();
    }
}
