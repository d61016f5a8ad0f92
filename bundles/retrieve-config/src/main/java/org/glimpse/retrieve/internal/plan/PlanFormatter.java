package org.glimpse.retrieve.internal.plan;

import java.util.Map;
import java.util.stream.Collectors;

import org.glimpse.api.retrieve.PlannedRequest;
import org.glimpse.api.retrieve.RequestPlan;
import org.glimpse.api.retrieve.RetrieveOptions;

/** A plan as a table, one request a line, for logs, tools and test failure messages. */
public final class PlanFormatter {
    private PlanFormatter() {
    }

    public static String format(RequestPlan plan) {
        StringBuilder out = new StringBuilder();
        out.append("plan '").append(plan.configurationName()).append("', ").append(plan.frameCount())
                .append(" frames, ").append(plan.requests().size()).append(" requests\n");
        out.append(String.format("%6s %6s  %-24s %-11s %5s  %-34s %-18s %s%n", "#", "frame", "stage", "type",
                "prio", "fetch", "completes", "lends"));
        int i = 0;
        for (PlannedRequest r : plan.requests()) {
            out.append(String.format("%6d %6d  %-24s %-11s %5d  %-34s %-18s %s%n", i++, r.frameIndex(), r.stageId(),
                    r.requestType(), r.priority(), fetch(r.options()),
                    r.completes() == null ? "(from bytes)" : r.completes(), lends(r)));
        }
        return out.toString();
    }

    /** How the frame is fetched: URL variant, range and decoding limits. */
    static String fetch(RetrieveOptions o) {
        StringBuilder s = new StringBuilder();
        s.append(o.framesPath() == null ? "/frames/" : o.framesPath());
        if (!o.urlArguments().isEmpty()) {
            s.append('?').append(o.urlArguments().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&")));
        }
        if (o.rangeIndex() != null) {
            s.append(o.rangeIndex() < 0 ? " rest" : " range " + o.rangeIndex() + "×" + o.chunkSize());
            if (o.rangeEndsAtResolution()) {
                s.append(" to level end");
            }
        } else {
            s.append(" whole");
        }
        if (o.streaming()) {
            s.append(" streamed");
        }
        if (o.decodeLevel() != null) {
            s.append(" level≤").append(o.decodeLevel());
        }
        if (o.decodeLevelFromDisplay()) {
            s.append(" level by display");
        }
        return s.toString();
    }

    private static String lends(PlannedRequest r) {
        return r.lends().stream().map(l -> l.frameIndex() + ":" + l.status().value())
                .collect(Collectors.joining(" "));
    }
}
