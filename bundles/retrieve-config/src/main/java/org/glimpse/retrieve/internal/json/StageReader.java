package org.glimpse.retrieve.internal.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.retrieve.NearbyFrame;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.retrieve.RetrieveStage;
import org.glimpse.retrieve.internal.builtin.BuiltInConfigurations;
import org.glimpse.retrieve.internal.validate.Problems;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads one Cornerstone3D {@code RetrieveStage} object, recording every problem it finds. */
final class StageReader {
    static final Set<String> FIELDS = Set.of("id", "retrieveType", "positions", "decimate", "offset", "priority",
            "requestType", "nearbyFrames");
    private static final Set<String> NEARBY_FIELDS = Set.of("offset", "imageQualityStatus");

    private StageReader() {
    }

    /** The stage, or null when it has problems (they are recorded). */
    static RetrieveStage read(JsonNode node, String path, Problems problems) {
        JsonFields f = JsonFields.of(node, path, problems);
        if (f == null) {
            return null;
        }
        int before = problems.list().size();
        f.rejectUnknown(FIELDS);
        String id = f.string("id");
        if (!f.has("id")) {
            problems.add(f.at("id"), "required: a non-empty string naming the stage");
        } else if (id != null && id.isBlank()) {
            problems.add(f.at("id"), "must not be empty, was \"" + id + "\"");
        }
        String retrieveType = f.string("retrieveType");
        List<Double> positions = positions(f, problems);
        Integer decimate = f.integer("decimate");
        if (decimate != null && decimate < 1) {
            problems.add(f.at("decimate"), "must be ≥ 1, was " + decimate);
        }
        Integer offset = f.integer("offset");
        int step = decimate == null || decimate < 1 ? 1 : decimate;
        if (offset != null && (offset < 0 || offset >= step)) {
            problems.add(f.at("offset"), "must be in [0, decimate=" + step + "), was " + offset);
        }
        Integer priority = f.integer("priority");
        RequestType requestType = requestType(f, problems);
        List<NearbyFrame> nearby = nearbyFrames(f, problems);
        if (problems.list().size() > before) {
            return null;
        }
        return new RetrieveStage(id, retrieveType, positions, step, offset == null ? 0 : offset,
                requestType == null ? RequestType.INTERACTION : requestType,
                priority == null ? BuiltInConfigurations.DEFAULT_PRIORITY : priority, nearby);
    }

    private static List<Double> positions(JsonFields f, Problems problems) {
        List<JsonNode> nodes = f.array("positions");
        if (nodes == null) {
            return List.of();
        }
        if (nodes.isEmpty()) {
            // Cornerstone3D would select no frame at all; omitting the field selects by decimate/offset.
            problems.add(f.at("positions"), "is empty (omit it to select frames by decimate/offset)");
        }
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode n = nodes.get(i);
            String where = f.at("positions") + "[" + i + "]";
            if (!n.isNumber()) {
                problems.add(where, "expected a number, was " + n);
                continue;
            }
            double p = n.doubleValue();
            boolean whole = p == Math.rint(p);
            if (Double.isNaN(p) || Double.isInfinite(p) || (p >= 1 && !whole) || (p < 0 && !whole)) {
                problems.add(where, "must be in [0, 1) (relative), a negative whole number (from the end, -1 = last)"
                        + " or a whole number ≥ 1 (frame index), was " + n);
                continue;
            }
            out.add(p);
        }
        return out;
    }

    private static RequestType requestType(JsonFields f, Problems problems) {
        String s = f.string("requestType");
        if (s == null) {
            return null;
        }
        try {
            return RequestType.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(f.at("requestType"), "must be one of interaction, thumbnail, prefetch, compute, was \""
                    + s + "\"");
            return null;
        }
    }

    private static List<NearbyFrame> nearbyFrames(JsonFields f, Problems problems) {
        List<JsonNode> nodes = f.array("nearbyFrames");
        if (nodes == null) {
            return List.of();
        }
        List<NearbyFrame> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonFields n = JsonFields.of(nodes.get(i), f.at("nearbyFrames") + "[" + i + "]", problems);
            if (n == null) {
                continue;
            }
            n.rejectUnknown(NEARBY_FIELDS);
            Integer offset = n.integer("offset");
            if (offset == null && !n.has("offset")) {
                problems.add(n.at("offset"), "required, a whole number other than 0");
            } else if (offset != null && offset == 0) {
                problems.add(n.at("offset"), "must not be 0 (a frame cannot borrow its own image)");
            }
            // Cornerstone3D leaves the status optional; the lowest replicate status never hides a better image.
            ImageQualityStatus status = n.has("imageQualityStatus")
                    ? QualityStatuses.read(n.node("imageQualityStatus"), n.at("imageQualityStatus"), problems)
                    : ImageQualityStatus.FAR_REPLICATE;
            if (status != null && status.isBetterThan(ImageQualityStatus.ADJACENT_REPLICATE)) {
                problems.add(n.at("imageQualityStatus"), "must be a replicate status (1 FAR_REPLICATE or 3"
                        + " ADJACENT_REPLICATE), was " + status.value() + " " + status);
                status = null;
            }
            if (offset != null && offset != 0 && status != null) {
                out.add(new NearbyFrame(offset, status));
            }
        }
        return out;
    }
}
