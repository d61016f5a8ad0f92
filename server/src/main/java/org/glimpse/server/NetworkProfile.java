package org.glimpse.server;

import java.util.Locale;

/**
 * An emulated link: downstream bandwidth shared by all requests of one client under this profile (a token
 * bucket), and latency added before each response's first byte.
 *
 * @param name          {@code local}, {@code 4g}, {@code 3g} or {@code custom:<Mbit/s>:<ms>}
 * @param bitsPerSecond downstream rate; 0 = unthrottled
 * @param latencyMillis delay before the first byte of each response
 */
public record NetworkProfile(String name, long bitsPerSecond, int latencyMillis) {
    public static final NetworkProfile LOCAL = new NetworkProfile("local", 0, 0);
    /** The seed's 4G link: 30 Mbit/s down, 10 ms latency. */
    public static final NetworkProfile FOUR_G = new NetworkProfile("4g", 30_000_000, 10);
    /** A good 3G link: 1.6 Mbit/s down, 150 ms latency. */
    public static final NetworkProfile THREE_G = new NetworkProfile("3g", 1_600_000, 150);

    public NetworkProfile {
        if (bitsPerSecond < 0 || latencyMillis < 0 || latencyMillis > 60_000) {
            throw new IllegalArgumentException("network profile '" + name + "': rate " + bitsPerSecond
                    + " bit/s must be >= 0 and latency " + latencyMillis + " ms in [0, 60000]");
        }
    }

    public boolean throttled() {
        return bitsPerSecond > 0;
    }

    /**
     * Parses a profile name: {@code local}, {@code 4g}, {@code 3g}, or {@code custom:<Mbit/s>:<latency ms>}
     * (e.g. {@code custom:100:5}; rate 0 = unthrottled).
     */
    public static NetworkProfile parse(String text) {
        String name = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        switch (name) {
            case "local":
                return LOCAL;
            case "4g":
                return FOUR_G;
            case "3g":
                return THREE_G;
            default:
                break;
        }
        String[] parts = name.split(":", -1);
        if (parts.length == 3 && parts[0].equals("custom")) {
            try {
                double mbit = Double.parseDouble(parts[1]);
                int latency = Integer.parseInt(parts[2]);
                if (mbit >= 0 && mbit <= 100_000) {
                    return new NetworkProfile(name, Math.round(mbit * 1_000_000), latency);
                }
            } catch (NumberFormatException e) {
                // reported below with the whole value
            }
        }
        throw new IllegalArgumentException("unknown network profile '" + text
                + "': expected local, 4g, 3g or custom:<Mbit/s>:<latency ms> (e.g. custom:100:5)");
    }
}
