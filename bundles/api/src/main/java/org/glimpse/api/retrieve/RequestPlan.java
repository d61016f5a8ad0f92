package org.glimpse.api.retrieve;

import java.util.List;
import java.util.Objects;

/**
 * The ordered requests that load a series: a configuration expanded over a frame count. Plans are data:
 * they can be printed, compared and tested.
 */
public record RequestPlan(String configurationName, int frameCount, List<PlannedRequest> requests) {
    public RequestPlan {
        Objects.requireNonNull(configurationName, "configurationName is null");
        requests = List.copyOf(requests);
    }
}
