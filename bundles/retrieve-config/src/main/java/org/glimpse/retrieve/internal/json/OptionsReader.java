package org.glimpse.retrieve.internal.json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.retrieve.RetrieveOptions;
import org.glimpse.retrieve.internal.validate.Problems;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads one Cornerstone3D {@code RetrieveOptions} object, plus Glimpse's two explicit extensions
 * {@code rangeEndsAtResolution} and {@code decodeLevelFromDisplay}.
 */
final class OptionsReader {
    static final String RANGE_ENDS_AT_RESOLUTION = "rangeEndsAtResolution";
    static final String DECODE_LEVEL_FROM_DISPLAY = "decodeLevelFromDisplay";
    static final Set<String> FIELDS = Set.of("framesPath", "urlArguments", "streaming", "rangeIndex", "chunkSize",
            "decodeLevel", "imageQualityStatus", RANGE_ENDS_AT_RESOLUTION, DECODE_LEVEL_FROM_DISPLAY);

    private OptionsReader() {
    }

    /** The options, or null when they have problems (they are recorded). */
    static RetrieveOptions read(JsonNode node, String path, Problems problems) {
        JsonFields f = JsonFields.of(node, path, problems);
        if (f == null) {
            return null;
        }
        int before = problems.list().size();
        f.rejectUnknown(FIELDS);
        String framesPath = f.string("framesPath");
        if (framesPath != null && !framesPath.startsWith("/")) {
            problems.add(f.at("framesPath"), "must start with '/' (it replaces '/frames/' in the URL), was \""
                    + framesPath + "\"");
        }
        Map<String, String> urlArguments = urlArguments(f, problems);
        Boolean streaming = f.bool("streaming");
        Integer rangeIndex = f.integer("rangeIndex");
        if (rangeIndex != null && rangeIndex < -1) {
            problems.add(f.at("rangeIndex"), "must be ≥ 0 (range number) or -1 (the rest), was " + rangeIndex);
        }
        Integer chunkSize = f.integer("chunkSize");
        if (chunkSize != null && chunkSize <= 0) {
            problems.add(f.at("chunkSize"), "must be > 0 bytes, was " + chunkSize);
        }
        Integer decodeLevel = f.integer("decodeLevel");
        if (decodeLevel != null && (decodeLevel < 0 || decodeLevel > 32)) {
            problems.add(f.at("decodeLevel"), "must be in [0, 32] (0 = full resolution), was " + decodeLevel);
        }
        ImageQualityStatus status = f.has("imageQualityStatus")
                ? QualityStatuses.read(f.node("imageQualityStatus"), f.at("imageQualityStatus"), problems)
                : null;
        Boolean endsAtResolution = f.bool(RANGE_ENDS_AT_RESOLUTION);
        if (Boolean.TRUE.equals(endsAtResolution) && (rangeIndex == null || rangeIndex < 0)) {
            problems.add(f.at(RANGE_ENDS_AT_RESOLUTION), "true needs a first range to end: rangeIndex ≥ 0, was "
                    + (rangeIndex == null ? "absent" : rangeIndex));
        }
        Boolean levelFromDisplay = f.bool(DECODE_LEVEL_FROM_DISPLAY);
        if (problems.list().size() > before) {
            return null;
        }
        return new RetrieveOptions(framesPath, urlArguments, Boolean.TRUE.equals(streaming), rangeIndex,
                chunkSize == null ? RetrieveOptions.DEFAULT_CHUNK_SIZE : chunkSize, decodeLevel, status,
                Boolean.TRUE.equals(endsAtResolution), Boolean.TRUE.equals(levelFromDisplay));
    }

    /** Cornerstone3D writes {@code "accept=image/jhc&x=y"}, sometimes with a leading '&' or '?'. */
    private static Map<String, String> urlArguments(JsonFields f, Problems problems) {
        String s = f.string("urlArguments");
        Map<String, String> out = new LinkedHashMap<>();
        if (s == null) {
            return out;
        }
        String query = s.startsWith("&") || s.startsWith("?") ? s.substring(1) : s;
        for (String pair : query.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.isEmpty()) {
                problems.add(f.at("urlArguments"), "argument '" + pair + "' has no name in \"" + s + "\"");
            } else if (out.put(key, eq < 0 ? "" : pair.substring(eq + 1)) != null) {
                problems.add(f.at("urlArguments"), "argument '" + key + "' is given twice in \"" + s + "\"");
            }
        }
        return out;
    }
}
