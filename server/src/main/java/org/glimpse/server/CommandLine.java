package org.glimpse.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --name value} options and {@code --flag} switches of the command-line tools; rejects unknown names and
 * missing values by name.
 */
final class CommandLine {
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flagsSet = new HashSet<>();

    CommandLine(String[] args, Set<String> known) {
        this(args, known, Set.of());
    }

    /** @param flags the names that take no value */
    CommandLine(String[] args, Set<String> known, Set<String> flags) {
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (flags.contains(name)) {
                flagsSet.add(name);
                continue;
            }
            if (!known.contains(name)) {
                List<String> all = new ArrayList<>(known);
                all.addAll(flags);
                throw new IllegalArgumentException("unknown option '" + name + "'; known: " + String.join(" ",
                        all.stream().sorted().toList()));
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                throw new IllegalArgumentException("option " + name + " needs a value");
            }
            values.put(name, args[++i]);
        }
    }

    /** Whether the switch {@code name} was given. */
    boolean flag(String name) {
        return flagsSet.contains(name);
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
