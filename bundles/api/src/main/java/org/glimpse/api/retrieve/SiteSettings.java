package org.glimpse.api.retrieve;

import java.util.List;

/**
 * What a site (one DICOMweb server) is configured with: the configuration that matched a URL.
 *
 * @param name site name, for messages
 * @param urlPrefix base URL prefix that selects the site (longest prefix wins)
 * @param stackConfiguration retrieve configuration for stacks
 * @param volumeConfiguration retrieve configuration for volumes
 * @param preferredTransferSyntaxes transfer syntax UIDs to ask for, best first; empty = server's choice
 * @param authScheme name of the credentials to use (looked up by the host's authorizer); null = none
 * @param maxConnections connections (HTTP/1.1) or streams (HTTP/2) per host
 * @param trustStore path of an extra trust store for this site's TLS certificates; null = the JDK's
 * @param cleartextHttp2 whether to speak HTTP/2 by prior knowledge (h2c) to this site's {@code http://} URLs,
 *        falling back to HTTP/1.1 when the server refuses it; null = the transport's default ({@code https}
 *        negotiates by ALPN regardless)
 */
public record SiteSettings(String name, String urlPrefix, RetrieveConfiguration stackConfiguration,
        RetrieveConfiguration volumeConfiguration, List<String> preferredTransferSyntaxes, String authScheme,
        int maxConnections, String trustStore, Boolean cleartextHttp2) {

    public SiteSettings {
        preferredTransferSyntaxes = preferredTransferSyntaxes == null ? List.of()
                : List.copyOf(preferredTransferSyntaxes);
        if (maxConnections < 1) {
            throw new IllegalArgumentException("site '" + name + "': maxConnections must be ≥ 1, was "
                    + maxConnections);
        }
    }

    /** A site that leaves the HTTP version to the transport's default. */
    public SiteSettings(String name, String urlPrefix, RetrieveConfiguration stackConfiguration,
            RetrieveConfiguration volumeConfiguration, List<String> preferredTransferSyntaxes, String authScheme,
            int maxConnections, String trustStore) {
        this(name, urlPrefix, stackConfiguration, volumeConfiguration, preferredTransferSyntaxes, authScheme,
                maxConnections, trustStore, null);
    }

    /** The configuration for a series kind. */
    public RetrieveConfiguration configurationFor(SeriesKind kind) {
        return kind == SeriesKind.VOLUME ? volumeConfiguration : stackConfiguration;
    }
}
