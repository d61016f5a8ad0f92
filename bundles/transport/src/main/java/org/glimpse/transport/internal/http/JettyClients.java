package org.glimpse.transport.internal.http;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.eclipse.jetty.client.MultiplexConnectionPool;
import org.eclipse.jetty.alpn.client.ALPNClientConnectionFactory;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.client.transport.HttpClientConnectionFactory;
import org.eclipse.jetty.client.transport.HttpClientTransportDynamic;
import org.eclipse.jetty.http2.client.HTTP2Client;
import org.eclipse.jetty.http2.client.transport.ClientConnectionFactoryOverHTTP2;
import org.eclipse.jetty.io.ClientConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.glimpse.transport.internal.TransportSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared Jetty clients: one that trusts the JDK's CAs, and one more per site trust store (Jetty has one
 * TLS context per client). Each speaks HTTP/1.1 and HTTP/2 (ALPN on TLS, prior knowledge on clear text
 * when asked). Certificates and host names are always verified; there is no "trust all".
 */
public final class JettyClients implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JettyClients.class);

    private final TransportSettings settings;
    private final ToIntFunction<Origin> limits;
    private final Map<String, HttpClient> byTrustStore = new HashMap<>();
    private final boolean alpn = alpnProcessorPresent();

    /** {@code limits} gives the connections allowed to an origin (the scheduler knows them by then). */
    public JettyClients(TransportSettings settings, ToIntFunction<Origin> limits) {
        this.settings = settings;
        this.limits = limits;
    }

    /**
     * The HTTP version to force on a request to {@code target}, or null to let Jetty choose: h2c by prior
     * knowledge when configured, and HTTP/1.1 on https when no ALPN processor is installed (without one
     * Jetty's negotiating connection never completes, so the request would wait forever).
     */
    public HttpVersion versionFor(URI target, boolean cleartextHttp2) {
        boolean https = "https".equalsIgnoreCase(target.getScheme());
        if (!https) {
            return cleartextHttp2 ? HttpVersion.HTTP_2 : null;
        }
        return alpn ? null : HttpVersion.HTTP_1_1;
    }

    private static boolean alpnProcessorPresent() {
        try {
            new ALPNClientConnectionFactory(Runnable::run, null, List.of("http/1.1"));
            return true;
        } catch (IllegalStateException e) {
            LOG.warn("no ALPN processor (jetty-alpn-java-client) is installed: https servers are reached over "
                    + "HTTP/1.1 only");
            return false;
        }
    }

    /** The client for a site's trust store path (null = the JDK's), started on first use. */
    public synchronized HttpClient forTrustStore(String trustStore) {
        String key = trustStore == null ? "" : trustStore;
        HttpClient c = byTrustStore.get(key);
        if (c == null) {
            c = newClient(trustStore);
            byTrustStore.put(key, c);
        }
        return c;
    }

    private HttpClient newClient(String trustStore) {
        SslContextFactory.Client tls = new SslContextFactory.Client();
        tls.setEndpointIdentificationAlgorithm("HTTPS");
        if (trustStore != null) {
            tls.setTrustStorePath(trustStore);
        }
        ClientConnector connector = new ClientConnector();
        connector.setSslContextFactory(tls);
        connector.setConnectTimeout(java.time.Duration.ofMillis(settings.connectTimeoutMillis()));
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("glimpse-transport");
        threads.setDaemon(true);
        connector.setExecutor(threads);
        HTTP2Client http2 = new HTTP2Client(connector);
        HttpClientTransportDynamic transport = new HttpClientTransportDynamic(connector,
                HttpClientConnectionFactory.HTTP11, new ClientConnectionFactoryOverHTTP2.HTTP2(http2));
        // connections per origin = its request limit: a request started just as another completes then waits
        // for that connection's release instead of opening one more
        transport.setConnectionPoolFactory(destination -> new MultiplexConnectionPool(destination,
                limits.applyAsInt(originOf(destination.getOrigin())), 1));
        HttpClient client = new HttpClient(transport);
        client.setExecutor(threads);
        client.setFollowRedirects(false);
        client.setIdleTimeout(settings.idleTimeoutMillis());
        // the scheduler above Jetty bounds requests per host; Jetty's queue must never reject
        client.setMaxRequestsQueuedPerDestination(1 << 16);
        client.setUserAgentField(new org.eclipse.jetty.http.HttpField(org.eclipse.jetty.http.HttpHeader.USER_AGENT,
                "Glimpse"));
        try {
            client.start();
            // gzip comes from jetty-compression-gzip, found at start; deflate (servers send it unasked too) is
            // ours, added after so that it does not stand in for the ones found
            client.getContentDecoderFactories().put(new DeflateDecoding());
        } catch (Exception e) {
            throw new IllegalStateException("Jetty HTTP client did not start (trust store "
                    + (trustStore == null ? "JDK default" : "'" + trustStore + "'") + "): " + e.getMessage(), e);
        }
        return client;
    }

    private static Origin originOf(org.eclipse.jetty.client.Origin o) {
        return new Origin(o.getScheme().toLowerCase(java.util.Locale.ROOT),
                o.getAddress().getHost().toLowerCase(java.util.Locale.ROOT), o.getAddress().getPort());
    }

    @Override
    public synchronized void close() {
        for (HttpClient c : byTrustStore.values()) {
            try {
                c.stop();
            } catch (Exception e) {
                // stopping is best effort: the component is going away
            }
        }
        byTrustStore.clear();
    }
}
