package org.glimpse.retrieve.internal.json;

import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import org.glimpse.api.retrieve.NearbyFrame;
import org.glimpse.api.retrieve.RetrieveConfiguration;
import org.glimpse.api.retrieve.RetrieveOptions;
import org.glimpse.api.retrieve.RetrieveStage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the JSON tree of a configuration in Cornerstone3D's shape: enums as the values its enums compile
 * to (request types as lower-case strings, quality statuses as numbers), defaults left out, keys sorted.
 */
final class JsonWriter {
    private JsonWriter() {
    }

    static ObjectNode toTree(ObjectMapper mapper, RetrieveConfiguration c) {
        ObjectNode root = mapper.createObjectNode();
        root.put("name", c.name());
        ArrayNode stages = root.putArray("stages");
        for (RetrieveStage s : c.stages()) {
            stages.add(stage(mapper, s));
        }
        ObjectNode options = root.putObject("retrieveOptions");
        for (Map.Entry<String, RetrieveOptions> e : new TreeMap<>(c.retrieveOptions()).entrySet()) {
            options.set(e.getKey(), options(mapper, e.getValue()));
        }
        return root;
    }

    private static ObjectNode stage(ObjectMapper mapper, RetrieveStage s) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", s.id());
        if (s.retrieveType() != null) {
            n.put("retrieveType", s.retrieveType());
        }
        if (!s.positions().isEmpty()) {
            ArrayNode positions = n.putArray("positions");
            for (double p : s.positions()) {
                if (p == Math.rint(p)) {
                    positions.add((long) p);
                } else {
                    positions.add(p);
                }
            }
        }
        if (s.decimate() != 1) {
            n.put("decimate", s.decimate());
        }
        if (s.offset() != 0) {
            n.put("offset", s.offset());
        }
        n.put("requestType", s.requestType().name().toLowerCase(Locale.ROOT));
        n.put("priority", s.priority());
        if (!s.nearbyFrames().isEmpty()) {
            ArrayNode nearby = n.putArray("nearbyFrames");
            for (NearbyFrame f : s.nearbyFrames()) {
                nearby.addObject().put("offset", f.offset()).put("imageQualityStatus", f.imageQualityStatus().value());
            }
        }
        return n;
    }

    private static ObjectNode options(ObjectMapper mapper, RetrieveOptions o) {
        ObjectNode n = mapper.createObjectNode();
        if (o.framesPath() != null) {
            n.put("framesPath", o.framesPath());
        }
        if (!o.urlArguments().isEmpty()) {
            StringJoiner query = new StringJoiner("&");
            new TreeMap<>(o.urlArguments()).forEach((k, v) -> query.add(v.isEmpty() ? k : k + "=" + v));
            n.put("urlArguments", query.toString());
        }
        if (o.streaming()) {
            n.put("streaming", true);
        }
        if (o.rangeIndex() != null) {
            n.put("rangeIndex", o.rangeIndex());
        }
        if (o.chunkSize() != RetrieveOptions.DEFAULT_CHUNK_SIZE) {
            n.put("chunkSize", o.chunkSize());
        }
        if (o.decodeLevel() != null) {
            n.put("decodeLevel", o.decodeLevel());
        }
        if (o.imageQualityStatus() != null) {
            n.put("imageQualityStatus", o.imageQualityStatus().value());
        }
        if (o.rangeEndsAtResolution()) {
            n.put(OptionsReader.RANGE_ENDS_AT_RESOLUTION, true);
        }
        if (o.decodeLevelFromDisplay()) {
            n.put(OptionsReader.DECODE_LEVEL_FROM_DISPLAY, true);
        }
        return n;
    }
}
