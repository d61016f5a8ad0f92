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
 */
public record SiteSettings(String name, String urlPrefix, RetrieveConfiguration stackConfiguration,
        RetrieveConfiguration volumeConfiguration, List<String> preferredTransferSyntaxes, String authScheme,
        int maxConnections, String trustStore) {

    public SiteSettings {
        preferredTransferSyntaxes = preferredTransferSyntaxes == null ? List.of()
                : List.copyOf(preferredTransferSyntaxes);
        if (maxConnections < 1) {
            throw new IllegalArgumentException("site '" + name + "': maxConnections must be ≥ 1, was "
                    + maxConnections);
        }
    }

    /** The configuration for a series kind. */
    public RetrieveConfiguration configurationFor(SeriesKind kind) {
        return kind == SeriesKind.VOLUME ? volumeConfiguration : stackConfiguration;
    }
}
