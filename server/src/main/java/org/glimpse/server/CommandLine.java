package org.glimpse.server;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options of the command-line tools; rejects unknown names and missing values by name. */
final class CommandLine {
    private final Map<String, String> values = new HashMap<>();

    CommandLine(String[] args, Set<String> known) {
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option '" + name + "'; known: " + String.join(" ",
                        known.stream().sorted().toList()));
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                throw new IllegalArgumentException("option " + name + " needs a value");
            }
            values.put(name, args[++i]);
        }
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int port(String name, int fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(v);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("option " + name + " '" + v + "' is not a port number in [0, 65535]");
    }

    /** --data, else the GLIMPSE_DATA environment variable, else data/ in the working directory. */
    Path dataRoot() {
        String v = values.get("--data");
        if (v == null) {
            v = System.getenv("GLIMPSE_DATA");
        }
        return Path.of(v == null || v.isBlank() ? "data" : v).toAbsolutePath();
    }

    static Set<String> names(String... names) {
        return Set.copyOf(List.of(names));
    }
}
