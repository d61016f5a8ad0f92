package org.glimpse.transport.internal.http;

import java.net.URI;

/** Where a 3xx answer sends a GET, checked: never from https to http. */
public final class Redirects {

    public static final int MAX = 8;

    private Redirects() {
    }

    public static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /**
     * The next URL for a redirect from {@code from} with {@code Location: location}.
     *
     * @throws IllegalArgumentException naming both URLs when the location is missing, malformed or a
     *         downgrade from https to http
     */
    public static URI next(URI from, String location) {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("redirect from " + from + " has no Location header");
        }
        URI to;
        try {
            to = from.resolve(location.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("redirect from " + from + " to a malformed Location '" + location
                    + "'", e);
        }
        if ("https".equalsIgnoreCase(from.getScheme()) && !"https".equalsIgnoreCase(to.getScheme())) {
            throw new IllegalArgumentException("refused redirect from " + from + " to " + to
                    + ": it would leave TLS");
        }
        if (!"http".equalsIgnoreCase(to.getScheme()) && !"https".equalsIgnoreCase(to.getScheme())) {
            throw new IllegalArgumentException("refused redirect from " + from + " to " + to
                    + ": only http(s) is followed");
        }
        return to;
    }
}
