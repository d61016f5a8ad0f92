package org.glimpse.api.host;

import java.net.URI;
import java.util.Map;

/**
 * Credentials for a request, implemented by the host (as Weasis's authentication methods are). Called for
 * every request, byte ranges included; the headers it returns are never logged.
 */
public interface RequestAuthorizer {

    /** Headers (for example {@code Authorization}) to send to {@code url}; empty when none. */
    Map<String, String> headersFor(URI url);

    /**
     * Headers for {@code url} with the credentials a site configuration names ({@code authScheme}, for
     * example "pacs-bearer"), or null when the site names none. A host that keeps several credentials for
     * one server picks them by this name; by default the name is ignored.
     */
    default Map<String, String> headersFor(URI url, String authScheme) {
        return headersFor(url);
    }
}
