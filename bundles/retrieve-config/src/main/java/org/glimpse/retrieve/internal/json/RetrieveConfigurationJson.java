package org.glimpse.retrieve.internal.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.glimpse.api.retrieve.RetrieveConfiguration;
import org.glimpse.api.retrieve.RetrieveOptions;
import org.glimpse.api.retrieve.RetrieveStage;
import org.glimpse.retrieve.internal.builtin.BuiltInConfigurations;
import org.glimpse.retrieve.internal.validate.ConfigurationValidationException;
import org.glimpse.retrieve.internal.validate.Problems;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Imports a Cornerstone3D / OHIF retrieve configuration ({@code {stages, retrieveOptions}}) as users write
 * it and exports one back. JavaScript object-literal habits are accepted (unquoted keys, single quotes,
 * comments, trailing commas, {@code +1}); enum references must be written as their values or names.
 *
 * <p>Top-level fields: {@code stages} (absent = Cornerstone3D's single-request stages),
 * {@code retrieveOptions}, and Glimpse's {@code name}. Any other field is an error that names it.
 */
public final class RetrieveConfigurationJson {
    static final Set<String> FIELDS = Set.of("name", "stages", "retrieveOptions");
    private static final String WHAT = "Retrieve configuration";

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /**
     * Parses and validates a configuration.
     *
     * @param json the configuration text
     * @param fallbackName name used when the JSON has no {@code name} field
     * @throws ConfigurationValidationException listing every problem, each with its field path and value
     */
    public RetrieveConfiguration read(String json, String fallbackName) {
        Problems problems = new Problems();
        JsonNode root;
        try {
            root = mapper.readTree(json == null ? "" : json);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            problems.add("json", "not valid JSON" + (at == null ? "" : " at line " + at.getLineNr() + " column "
                    + at.getColumnNr()) + ": " + e.getOriginalMessage());
            throw new ConfigurationValidationException(WHAT, fallbackName, problems.list());
        }
        if (root == null || root.isMissingNode()) {
            problems.add("json", "is empty, expected an object with 'stages' and 'retrieveOptions'");
            throw new ConfigurationValidationException(WHAT, fallbackName, problems.list());
        }
        return read(root, fallbackName, problems);
    }

    private RetrieveConfiguration read(JsonNode root, String fallbackName, Problems problems) {
        JsonFields f = JsonFields.of(root, "", problems);
        if (f == null) {
            problems.throwIfAny(WHAT, fallbackName);
        }
        f.rejectUnknown(FIELDS);
        String name = f.has("name") ? f.string("name") : fallbackName;
        if (name != null && name.isBlank()) {
            problems.add("name", "must not be empty");
        }
        String shown = name == null || name.isBlank() ? fallbackName : name;
        List<RetrieveStage> stages = stages(f, problems);
        Map<String, RetrieveOptions> options = options(f, problems);
        problems.throwIfAny(WHAT, shown);
        return new RetrieveConfiguration(name, stages, options);
    }

    private static List<RetrieveStage> stages(JsonFields f, Problems problems) {
        List<JsonNode> nodes = f.array("stages");
        if (nodes == null) {
            return f.has("stages") ? List.of() : BuiltInConfigurations.all().get(BuiltInConfigurations.SINGLE)
                    .stages();
        }
        if (nodes.isEmpty()) {
            problems.add("stages", "is empty (omit it for a single request per frame)");
        }
        List<RetrieveStage> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            RetrieveStage s = StageReader.read(nodes.get(i), "stages[" + i + "]", problems);
            if (s != null && !ids.add(s.id())) {
                problems.add("stages[" + i + "].id", "\"" + s.id() + "\" is used by an earlier stage");
            } else if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private static Map<String, RetrieveOptions> options(JsonFields f, Problems problems) {
        Map<String, RetrieveOptions> out = new LinkedHashMap<>();
        JsonFields byType = f.has("retrieveOptions") ? JsonFields.of(f.node("retrieveOptions"), "retrieveOptions",
                problems) : null;
        if (byType == null) {
            return out;
        }
        JsonNode node = f.node("retrieveOptions");
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String type = it.next();
            RetrieveOptions o = OptionsReader.read(node.get(type), "retrieveOptions." + type, problems);
            if (o != null) {
                out.put(type, o);
            }
        }
        return out;
    }

    /** The configuration as Cornerstone3D-compatible JSON that {@link #read} turns back into an equal one. */
    public String write(RetrieveConfiguration configuration) {
        try {
            return mapper.writeValueAsString(JsonWriter.toTree(mapper, configuration));
        } catch (JacksonException e) {
            throw new IllegalStateException("Cannot write retrieve configuration '" + configuration.name() + "'", e);
        }
    }
}
