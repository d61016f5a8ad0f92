package org.glimpse.server.qido;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A QIDO-RS search (PS3.18 §8.3.4, §10.6): attribute matching on the keys of its level, then {@code offset}
 * and {@code limit} over the matches in their stored order. Parameters that are not matching keys
 * ({@code includefield}, {@code fuzzymatching}, this server's {@code fault}, {@code profile}, {@code accept})
 * are accepted; literal matching is all there is, so {@code fuzzymatching=true} is answered with a warning.
 */
public final class QidoQuery {
    /** Query parameters that are not attributes to match. */
    private static final Set<String> OTHER_PARAMETERS = Set.of("limit", "offset", "includefield", "fuzzymatching",
            "fault", "profile", "accept");

    /** What can be searched, and with which keys. */
    public enum Level {
        STUDY(SearchKey.STUDY),
        /** Series of one study: series keys. */
        SERIES(SearchKey.SERIES),
        /** Series of every study ({@code /series}): study and series keys. */
        ALL_SERIES(concat(SearchKey.STUDY, SearchKey.SERIES)),
        INSTANCE(SearchKey.INSTANCE);

        private final List<SearchKey> keys;

        Level(List<SearchKey> keys) {
            this.keys = keys;
        }
    }

    private final List<Map.Entry<SearchKey, Predicate<JsonNode>>> matches;
    private final int offset;
    private final int limit;
    private final boolean fuzzyAsked;

    private QidoQuery(List<Map.Entry<SearchKey, Predicate<JsonNode>>> matches, int offset, int limit,
            boolean fuzzyAsked) {
        this.matches = matches;
        this.offset = offset;
        this.limit = limit;
        this.fuzzyAsked = fuzzyAsked;
    }

    /**
     * @param parameters each query parameter's values, as sent
     * @throws IllegalArgumentException naming the parameter and its value: an unknown key for this level, a key
     *         given twice, a value its VR does not allow, a limit or offset that is not a count
     */
    public static QidoQuery parse(Map<String, List<String>> parameters, Level level) {
        List<Map.Entry<SearchKey, Predicate<JsonNode>>> matches = new ArrayList<>();
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            String name = p.getKey();
            if (OTHER_PARAMETERS.contains(name)) {
                continue;
            }
            SearchKey key = level.keys.stream().filter(k -> k.named(name)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("QIDO-RS " + level.name().toLowerCase(java.util.Locale.ROOT)
                            + " search cannot match on '" + name + "'; keys: " + keywords(level)));
            if (p.getValue().size() != 1) {
                throw new IllegalArgumentException("QIDO-RS key " + name + " is given " + p.getValue().size()
                        + " times; give it once (a list of UIDs is comma separated)");
            }
            matches.add(Map.entry(key, Matching.of(key, p.getValue().get(0))));
        }
        return new QidoQuery(List.copyOf(matches), count(parameters, "offset", 0), count(parameters, "limit", -1),
                "true".equalsIgnoreCase(single(parameters, "fuzzymatching")));
    }

    /** The matches of {@code records} (DICOM JSON objects), offset and limit applied. */
    public Result apply(JsonNode records) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        int matched = 0;
        for (JsonNode record : records) {
            if (matchesAll(record)) {
                if (matched >= offset && (limit < 0 || out.size() < limit)) {
                    out.add(record);
                }
                matched++;
            }
        }
        List<String> warnings = new ArrayList<>();
        if (fuzzyAsked) {
            warnings.add("The fuzzymatching parameter is not supported. Only literal matching has been performed.");
        }
        int more = matched - offset - out.size();
        if (more > 0) {
            warnings.add("There are " + more + " additional results that can be requested.");
        }
        return new Result(out, warnings);
    }

    /**
     * @param matches  the records to send
     * @param warnings texts for {@code Warning: 299} headers (PS3.18 §8.3.4.2)
     */
    public record Result(ArrayNode matches, List<String> warnings) {
    }

    private boolean matchesAll(JsonNode record) {
        for (Map.Entry<SearchKey, Predicate<JsonNode>> m : matches) {
            JsonNode attribute = record.get(m.getKey().tag());
            if (!m.getValue().test(attribute == null ? null : attribute.get("Value"))) {
                return false;
            }
        }
        return true;
    }

    private static int count(Map<String, List<String>> parameters, String name, int absent) {
        String v = single(parameters, name);
        if (v == null) {
            return absent;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("QIDO-RS " + name + " '" + v + "' is not a count (0 or more)");
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new IllegalArgumentException("QIDO-RS " + name + " is given " + values.size() + " times");
        }
        return values.get(0);
    }

    private static String keywords(Level level) {
        List<String> names = new ArrayList<>();
        level.keys.forEach(k -> names.add(k.keyword()));
        return String.join(", ", names);
    }

    private static List<SearchKey> concat(List<SearchKey> a, List<SearchKey> b) {
        List<SearchKey> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
