package org.glimpse.tools.transport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glimpse.server.NetworkProfile;
import org.glimpse.server.data.SampleSize;

/** Command-line options of the transport benchmark; a bad one is named with its value. */
record BenchOptions(Path data, SampleSize size, int frames, int chunkSize, List<NetworkProfile> profiles,
        long timeoutSeconds, Path json) {

    static final String USAGE = "usage: glimpse bench transport [--json FILE] [--data DIR] [--size default|small] "
            + "[--frames N] [--chunk BYTES] [--profiles 4g,local] [--timeout SECONDS]";

    static BenchOptions parse(String[] args) {
        // the sample data every tool shares ($GLIMPSE_DATA), prepared on first use
        Path data = Path.of(System.getenv().getOrDefault("GLIMPSE_DATA", "data"));
        Path json = null;
        SampleSize size = SampleSize.DEFAULT;
        int frames = 200;
        int chunk = 65_536;
        List<NetworkProfile> profiles = List.of(NetworkProfile.FOUR_G, NetworkProfile.LOCAL);
        long timeout = 600;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + name + " needs a value; " + USAGE);
            }
            String value = args[++i];
            switch (name) {
                case "--data" -> data = Path.of(value);
                case "--json" -> json = Path.of(value);
                case "--size" -> size = SampleSize.named(value);
                case "--frames" -> frames = positive(name, value);
                case "--chunk" -> chunk = positive(name, value);
                case "--timeout" -> timeout = positive(name, value);
                case "--profiles" -> {
                    List<NetworkProfile> p = new ArrayList<>();
                    for (String s : value.split(",")) {
                        p.add(NetworkProfile.parse(s.trim()));
                    }
                    profiles = List.copyOf(p);
                }
                default -> throw new IllegalArgumentException("unknown option '" + name + "'; " + USAGE);
            }
        }
        // absolute: the data preparation runs external encoders in other working directories
        return new BenchOptions(data.toAbsolutePath(), size, frames, chunk, profiles, timeout, json);
    }

    private static int positive(String name, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number ≥ 1, was '" + value + "'", e);
        }
    }
}
