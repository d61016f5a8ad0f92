package org.glimpse.loader.internal.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glimpse.api.retrieve.PlannedRequest;
import org.glimpse.api.retrieve.RequestPlan;
import org.glimpse.api.retrieve.RetrieveConfiguration;
import org.glimpse.api.retrieve.RetrieveConfigurationService;

/**
 * The configuration's plan for each transfer syntax met in the series (a plan depends on the syntax: a first
 * range of a syntax whose prefix cannot be decoded becomes a whole-frame request), each frame's steps in stage
 * order, and the order in which frames first appear in the plan (Cornerstone3D's issue order).
 */
final class Plans {

    private final RetrieveConfigurationService service;
    private final RetrieveConfiguration configuration;
    private final int frames;
    private final Map<String, List<PlannedRequest>[]> steps = new HashMap<>();
    private final Map<String, List<Integer>> orders = new HashMap<>();

    Plans(RetrieveConfigurationService service, RetrieveConfiguration configuration, int frames) {
        this.service = service;
        this.configuration = configuration;
        this.frames = frames;
    }

    /** The steps of frame {@code index} for bytes in {@code transferSyntaxUid} (null: not known yet). */
    List<PlannedRequest> stepsOf(String transferSyntaxUid, int index) {
        return plan(transferSyntaxUid)[index];
    }

    /** Frame indices in the order the plan first asks for each. */
    List<Integer> issueOrder(String transferSyntaxUid) {
        plan(transferSyntaxUid);
        return orders.get(String.valueOf(transferSyntaxUid));
    }

    @SuppressWarnings("unchecked")
    private List<PlannedRequest>[] plan(String ts) {
        String k = String.valueOf(ts);
        List<PlannedRequest>[] perFrame = steps.get(k);
        if (perFrame != null) {
            return perFrame;
        }
        RequestPlan plan = service.plan(configuration, frames, ts);
        perFrame = new List[frames];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            perFrame[i] = new ArrayList<>(2);
        }
        for (PlannedRequest r : plan.requests()) {
            if (perFrame[r.frameIndex()].isEmpty()) {
                order.add(r.frameIndex());
            }
            perFrame[r.frameIndex()].add(r);
        }
        steps.put(k, perFrame);
        orders.put(k, order);
        return perFrame;
    }
}
