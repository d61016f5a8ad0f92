package org.glimpse.transport.internal.testing;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A real Jetty server on 127.0.0.1 (and the other addresses of {@code localhost}), port 0, that answers with a test's handler (the lying servers) and
 * records every request head it saw. HTTP/1.1 and h2c on one port; TLS when given a key store.
 */
public final class LoopbackServer implements AutoCloseable {

    /** A request head as the server saw it. */
    public record Seen(String method, String pathQuery, HttpFields headers, String protocol, String connection) {
        public String header(String name) {
            return headers.get(name);
        }
    }

    /** What a test's server does for one request. */
    @FunctionalInterface
    public interface Behaviour {
        void handle(Request request, Response response, Callback callback) throws Exception;
    }

    private final Server server;
    private final ServerConnector connector;
    private final boolean h2c;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger maxInFlight = new java.util.concurrent.atomic.AtomicInteger();

    public LoopbackServer(Behaviour behaviour) throws Exception {
        this(behaviour, null, null, 30_000);
    }

    /** In the clear, HTTP/1.1 only (as Orthanc and many servers are): the HTTP/2 preface is not understood. */
    public static LoopbackServer http11Only(Behaviour behaviour) throws Exception {
        return new LoopbackServer(behaviour, null, null, 30_000, false, false);
    }

    public LoopbackServer(Behaviour behaviour, String keyStore, String password, long idleTimeoutMillis)
            throws Exception {
        this(behaviour, keyStore, password, idleTimeoutMillis, false);
    }

    /** With a key store: TLS, and HTTP/2 offered by ALPN when {@code alpnH2}. */
    public LoopbackServer(Behaviour behaviour, String keyStore, String password, long idleTimeoutMillis,
            boolean alpnH2) throws Exception {
        this(behaviour, keyStore, password, idleTimeoutMillis, alpnH2, true);
    }

    private LoopbackServer(Behaviour behaviour, String keyStore, String password, long idleTimeoutMillis,
            boolean alpnH2, boolean h2c) throws Exception {
        this.h2c = h2c;
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setName("test-server");
        server = new Server(threads);
        connector = connector(keyStore, password, alpnH2, idleTimeoutMillis, "127.0.0.1", 0);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                String pq = request.getHttpURI().getPathQuery();
                seen.add(new Seen(request.getMethod(), pq, HttpFields.build(request.getHeaders()).asImmutable(),
                        request.getConnectionMetaData().getProtocol(),
                        String.valueOf(request.getConnectionMetaData().getRemoteSocketAddress())));
                int now = inFlight.incrementAndGet();
                maxInFlight.accumulateAndGet(now, Math::max);
                try {
                    behaviour.handle(request, response, Callback.from(callback, inFlight::decrementAndGet));
                } catch (Exception | Error e) {
                    inFlight.decrementAndGet();
                    throw e;
                }
                return true;
            }
        });
        server.start();
        listenOnOtherLocalhostAddresses(keyStore, password, alpnH2, idleTimeoutMillis);
    }

    /**
     * Also listens, on the same port, on the other loopback addresses {@code localhost} names ({@code ::1}
     * where /etc/hosts says so, as Debian's does). A test that connects to {@code localhost} meets this server
     * on each address its client tries; listening on 127.0.0.1 alone, the client's next address would report
     * a refused connection instead of what the test asserts.
     */
    private void listenOnOtherLocalhostAddresses(String keyStore, String password, boolean alpnH2,
            long idleTimeoutMillis) throws Exception {
        for (InetAddress a : InetAddress.getAllByName("localhost")) {
            if (a.isLoopbackAddress() && !a.getHostAddress().equals("127.0.0.1")) {
                ServerConnector other = connector(keyStore, password, alpnH2, idleTimeoutMillis, a.getHostAddress(),
                        port());
                server.addConnector(other);
                other.start();
            }
        }
    }

    private ServerConnector connector(String keyStore, String password, boolean alpnH2, long idleTimeoutMillis,
            String host, int port) {
        HttpConfiguration config = new HttpConfiguration();
        ServerConnector c;
        if (keyStore != null) {
            SslContextFactory.Server tls = new SslContextFactory.Server();
            tls.setKeyStorePath(keyStore);
            tls.setKeyStorePassword(password);
            if (alpnH2) {
                ALPNServerConnectionFactory alpn = new ALPNServerConnectionFactory("h2", "http/1.1");
                alpn.setDefaultProtocol("http/1.1");
                c = new ServerConnector(server, new SslConnectionFactory(tls, alpn.getProtocol()), alpn,
                        new HTTP2ServerConnectionFactory(config), new HttpConnectionFactory(config));
            } else {
                c = new ServerConnector(server, new SslConnectionFactory(tls, "http/1.1"),
                        new HttpConnectionFactory(config));
            }
        } else if (h2c) {
            c = new ServerConnector(server, new HttpConnectionFactory(config),
                    new HTTP2CServerConnectionFactory(config));
        } else {
            c = new ServerConnector(server, new HttpConnectionFactory(config));
        }
        c.setHost(host);
        c.setPort(port);
        c.setIdleTimeout(idleTimeoutMillis);
        return c;
    }

    /** Makes {@link #close()} graceful: stop accepting, let exchanges finish (HTTP/2 GOAWAY) for up to this long. */
    public void setGracefulStopMillis(long millis) {
        server.setStopTimeout(millis);
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** A URL on this server, for host {@code 127.0.0.1} or another loopback name. */
    public URI uri(String host, String path) {
        String scheme = connector.getConnectionFactory(SslConnectionFactory.class) != null ? "https" : "http";
        return URI.create(scheme + "://" + host + ":" + port() + path);
    }

    public URI uri(String path) {
        return uri("127.0.0.1", path);
    }

    public List<Seen> seen() {
        return seen;
    }

    /** Requests whose path starts with {@code prefix}. */
    public List<Seen> seen(String prefix) {
        return seen.stream().filter(s -> s.pathQuery().startsWith(prefix)).toList();
    }

    /** Most requests the server was handling at one time. */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    /** Distinct client connections (remote address and port) seen. */
    public long connections() {
        return seen.stream().map(Seen::connection).distinct().count();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
