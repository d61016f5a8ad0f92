package org.glimpse.tools.load;

import org.glimpse.server.NetworkProfile;

/**
 * What the link alone allows (latency + bytes ÷ bandwidth + decode), for the seed table's "link limit": the
 * time no client can beat over that link with that decoder.
 */
final class LinkLimit {

    private LinkLimit() {
    }

    /** Milliseconds to receive {@code bytes} in one response over {@code profile} and decode them. */
    static double millis(NetworkProfile profile, long bytes, double decodeMillis) {
        double transfer = profile.bitsPerSecond() == 0 ? 0 : bytes * 8_000.0 / profile.bitsPerSecond();
        return profile.latencyMillis() + transfer + decodeMillis;
    }
}
