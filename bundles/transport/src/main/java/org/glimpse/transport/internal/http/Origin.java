package org.glimpse.transport.internal.http;

import java.net.URI;
import java.util.Locale;

/** Scheme, host and port of a URL (RFC 6454): what "same host" means for credentials and queues. */
public record Origin(String scheme, String host, int port) {

    public static Origin of(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
        return new Origin(scheme, uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT), port);
    }

    @Override
    public String toString() {
        return scheme + "://" + host + ":" + port;
    }
}
