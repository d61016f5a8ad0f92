package org.glimpse.retrieve.internal.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.glimpse.api.retrieve.NearbyFrame;
import org.glimpse.api.retrieve.PlannedRequest;
import org.glimpse.api.retrieve.RequestPlan;
import org.glimpse.api.retrieve.RetrieveConfiguration;
import org.glimpse.api.retrieve.RetrieveStage;

/**
 * Expands a configuration over a series into the order in which Cornerstone3D's
 * {@code ProgressiveRetrieveImages} would issue the requests one at a time.
 *
 * <p>As there: stages select frames in stage order (positions, else every {@code decimate}-th frame from
 * {@code offset}); a frame's first request enters the queue at once and each later request for the same
 * frame waits until the previous one has finished; the queue serves request types in the order
 * INTERACTION, THUMBNAIL, PREFETCH, COMPUTE, then lower priority first, then first come first served.
 * So each frame's requests appear in stage order, and a plan consumer applies Cornerstone3D's rule: once a
 * frame holds a FULL_RESOLUTION image its remaining requests are skipped (they stay in the plan because
 * they are also the fallback when an earlier request fails).
 *
 * <p>Two deliberate differences: a position outside the series is skipped (Cornerstone3D throws, which
 * would make a configuration written for long series fail on short ones), and a frame selected twice by
 * the same stage is requested once.
 */
public final class RequestPlanner {

    public RequestPlan plan(RetrieveConfiguration configuration, int frameCount, String transferSyntaxUid) {
        if (frameCount < 0) {
            throw new IllegalArgumentException("frameCount must be ≥ 0, was " + frameCount + " (configuration '"
                    + configuration.name() + "')");
        }
        List<RetrieveStage> stages = configuration.stages();
        StageRequestOptions[] options = new StageRequestOptions[stages.size()];
        for (int s = 0; s < options.length; s++) {
            options[s] = StageRequestOptions.of(configuration.optionsFor(stages.get(s)), transferSyntaxUid);
        }
        Chains chains = Chains.select(stages, frameCount);
        Queues queues = Queues.of(stages, chains);
        List<PlannedRequest> out = new ArrayList<>(chains.size());
        for (int node = queues.poll(); node >= 0; node = queues.poll()) {
            int s = chains.stage(node);
            RetrieveStage stage = stages.get(s);
            int frame = chains.frame(node);
            out.add(new PlannedRequest(frame, stage.id(), stage.requestType(), stage.priority(), options[s].options(),
                    options[s].completes(), lends(stage, frame, frameCount)));
            int next = chains.next(node);
            if (next >= 0) {
                queues.add(next);
            }
        }
        return new RequestPlan(configuration.name(), frameCount, out);
    }

    private static List<PlannedRequest.Lend> lends(RetrieveStage stage, int frame, int frameCount) {
        List<NearbyFrame> nearby = stage.nearbyFrames();
        if (nearby.isEmpty()) {
            return List.of();
        }
        PlannedRequest.Lend[] lends = new PlannedRequest.Lend[nearby.size()];
        int n = 0;
        for (NearbyFrame f : nearby) {
            int target = frame + f.offset();
            if (target >= 0 && target < frameCount) {
                lends[n++] = new PlannedRequest.Lend(target, f.imageQualityStatus());
            }
        }
        return List.of(n == lends.length ? lends : Arrays.copyOf(lends, n));
    }
}
