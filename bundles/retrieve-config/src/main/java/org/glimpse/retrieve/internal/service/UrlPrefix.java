package org.glimpse.retrieve.internal.service;

import java.util.Locale;

/**
 * Prefix matching of a series URL against a site's URL prefix: scheme and host compare without case, and a
 * prefix only matches at a path-segment boundary ({@code .../dicomweb} does not match {@code .../dicomweb2},
 * {@code https://pacs} does not match {@code https://pacs:8443}).
 */
final class UrlPrefix {
    private UrlPrefix() {
    }

    /** The number of matched characters (longer is a better match), or -1 when the prefix does not match. */
    static int match(String prefix, String url) {
        String p = normalize(prefix);
        // A trailing slash is not part of the match: ".../dicomweb/" also selects ".../dicomweb".
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        String u = normalize(url);
        if (p.isEmpty() || !u.startsWith(p)) {
            return -1;
        }
        if (u.length() == p.length() || "/?#".indexOf(u.charAt(p.length())) >= 0) {
            return p.length();
        }
        return -1;
    }

    /** Lower-cases {@code scheme://authority}, leaving the path as written (paths are case-sensitive). */
    static String normalize(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return url;
        }
        int pathStart = url.indexOf('/', scheme + 3);
        int end = pathStart < 0 ? url.length() : pathStart;
        return url.substring(0, end).toLowerCase(Locale.ROOT) + url.substring(end);
    }
}
