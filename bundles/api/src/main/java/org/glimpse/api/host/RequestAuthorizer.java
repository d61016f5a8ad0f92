package org.glimpse.api.host;

import java.net.URI;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Credentials for a request, implemented by the host (as Weasis's authentication methods are). Called for
 * every request, byte ranges included; the headers it returns are never logged.
 */
@ConsumerType
@FunctionalInterface
public interface RequestAuthorizer {

    /**
     * Headers (for example {@code Authorization}) to send to {@code url}; empty when none.
     *
     * @param authScheme the credentials a site configuration names (for example "pacs-bearer"), or null when
     *        the site names none; a host that keeps several credentials for one server picks them by this name
     */
    Map<String, String> headersFor(URI url, String authScheme);
}
