package org.glimpse.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of a headless load, turned into the framework properties the workbench's headless host
 * reads ({@code glimpse.load.*}):
 *
 * <pre>
 * --load URL --study UID --series UID [--volume] [--study UID --series UID [--volume]]…
 *     [--config NAME|FILE] [--json FILE] [--save DIR] [--png DIR] [--warmups N] [--warm-requests N]
 *     [--timeout SECONDS] [--cancel-after MILLISECONDS] [--server-pid PID]
 * </pre>
 *
 * Each {@code --series} is a series of the last {@code --study}; {@code --volume} loads the series given just
 * before it as a volume (a stack otherwise). A {@code --config} before any {@code --series} applies to every
 * series; after one, to that series only ({@code glimpse.load.config.<index>}).
 */
final class LoadArguments {

    static final String URL = "glimpse.load.url";
    static final String SERIES = "glimpse.load.series";
    static final String TIMEOUT = "glimpse.load.timeout";

    static final String CONFIG = "glimpse.load.config";

    private static final Map<String, String> VALUED = Map.of("--json",
            "glimpse.load.json", "--save", "glimpse.load.save", "--png", "glimpse.load.png", "--warmups",
            "glimpse.load.warmups", "--warm-requests", "glimpse.load.warmRequests", "--timeout", TIMEOUT,
            "--cancel-after", "glimpse.load.cancelAfter", "--server-pid", "glimpse.load.serverPid");

    private LoadArguments() {
    }

    /**
     * The properties for {@code args} (which start with {@code --load}).
     *
     * @throws IllegalArgumentException naming the argument that is wrong
     */
    static Map<String, String> parse(String[] args) {
        Map<String, String> properties = new LinkedHashMap<>();
        List<String> series = new ArrayList<>();
        String study = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--load" -> properties.put(URL, value(args, ++i, a));
                case "--study" -> study = value(args, ++i, a);
                case "--series" -> {
                    String uid = value(args, ++i, a);
                    if (study == null) {
                        throw new IllegalArgumentException("--series " + uid + " needs a --study before it");
                    }
                    series.add(study + "/" + uid + "/stack");
                }
                case "--config" -> {
                    String config = value(args, ++i, a);
                    properties.put(series.isEmpty() ? CONFIG : CONFIG + "." + (series.size() - 1), config);
                }
                case "--volume" -> {
                    if (series.isEmpty()) {
                        throw new IllegalArgumentException("--volume must follow the --series it applies to");
                    }
                    int last = series.size() - 1;
                    series.set(last, series.get(last).replace("/stack", "/volume"));
                }
                default -> {
                    String key = VALUED.get(a);
                    if (key == null) {
                        throw new IllegalArgumentException("unknown argument '" + a + "'");
                    }
                    properties.put(key, value(args, ++i, a));
                }
            }
        }
        if (!properties.containsKey(URL) || series.isEmpty()) {
            throw new IllegalArgumentException("give a DICOMweb base URL (--load URL) and at least one "
                    + "--study UID --series UID");
        }
        properties.put(SERIES, String.join(" ", series));
        return properties;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
