package org.glimpse.transport.internal;

/**
 * How the transport talks to servers when a site's configuration says nothing else.
 *
 * @param maxConnectionsPerHost requests in flight per host: HTTP/1.1 connections or HTTP/2 streams
 * @param cleartextHttp2 speak HTTP/2 with prior knowledge (h2c) to {@code http://} hosts
 * @param connectTimeoutMillis TCP (and TLS) connect timeout
 * @param idleTimeoutMillis a response that sends nothing for this long fails (and may be resumed)
 * @param maxRetries retries after a 5xx answer or a body cut short, per request
 * @param retryBackoffMillis wait before the first retry; doubled for each further one
 */
public record TransportSettings(int maxConnectionsPerHost, boolean cleartextHttp2, long connectTimeoutMillis,
        long idleTimeoutMillis, int maxRetries, long retryBackoffMillis) {

    /** Six connections per host as browsers open; HTTP/1.1 unless a site asks for h2c. */
    public static final TransportSettings DEFAULTS = new TransportSettings(6, false, 5_000, 30_000, 2, 200);

    public TransportSettings {
        if (maxConnectionsPerHost < 1) {
            throw new IllegalArgumentException("maxConnectionsPerHost must be ≥ 1, was " + maxConnectionsPerHost);
        }
        if (connectTimeoutMillis < 1 || idleTimeoutMillis < 1) {
            throw new IllegalArgumentException("timeouts must be ≥ 1 ms, were connect " + connectTimeoutMillis
                    + " ms, idle " + idleTimeoutMillis + " ms");
        }
        if (maxRetries < 0 || retryBackoffMillis < 0) {
            throw new IllegalArgumentException("maxRetries and retryBackoffMillis must be ≥ 0, were " + maxRetries
                    + " and " + retryBackoffMillis + " ms");
        }
    }

    public TransportSettings withCleartextHttp2(boolean h2c) {
        return new TransportSettings(maxConnectionsPerHost, h2c, connectTimeoutMillis, idleTimeoutMillis,
                maxRetries, retryBackoffMillis);
    }

    public TransportSettings withMaxConnectionsPerHost(int n) {
        return new TransportSettings(n, cleartextHttp2, connectTimeoutMillis, idleTimeoutMillis, maxRetries,
                retryBackoffMillis);
    }

    public TransportSettings withIdleTimeoutMillis(long ms) {
        return new TransportSettings(maxConnectionsPerHost, cleartextHttp2, connectTimeoutMillis, ms, maxRetries,
                retryBackoffMillis);
    }
}
