package org.glimpse.server.http;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.glimpse.server.NetworkProfile;

/** The links of one server: one per (client address, profile), so profiles can be measured side by side. */
final class LinkEmulator {
    private final ConcurrentMap<String, Link> links = new ConcurrentHashMap<>();

    /** The link for this client and profile; null when the profile is unthrottled. */
    Link link(String clientAddress, NetworkProfile profile) {
        if (!profile.throttled()) {
            return null;
        }
        return links.computeIfAbsent(clientAddress + "|" + profile.name() + "|" + profile.bitsPerSecond(),
                k -> new Link(profile.bitsPerSecond()));
    }
}
