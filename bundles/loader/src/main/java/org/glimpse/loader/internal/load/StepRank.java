package org.glimpse.loader.internal.load;

import org.glimpse.api.retrieve.PlannedRequest;
import org.glimpse.api.retrieve.RequestType;

/**
 * Where a frame's step stands in the transport's and the decoders' queues: the frame in view (or wanted at full
 * quality) goes first whatever its stage; a rest fetched beyond the display's need waits as PREFETCH; any other
 * step keeps its stage's type and priority. Read under the load's lock.
 */
final class StepRank {

    private final SeriesLoading load;

    StepRank(SeriesLoading load) {
        this.load = load;
    }

    RequestType type(FrameLoad f, PlannedRequest step) {
        if (inFront(f)) {
            return RequestType.INTERACTION;
        }
        boolean rest = step.options().rangeIndex() == null || step.options().rangeIndex() < 0;
        if (f.displayLimited && rest && step.requestType().compareTo(RequestType.PREFETCH) < 0) {
            return RequestType.PREFETCH;
        }
        return step.requestType();
    }

    int priority(FrameLoad f, PlannedRequest step) {
        return inFront(f) ? Integer.MIN_VALUE : step.priority();
    }

    boolean inFront(FrameLoad f) {
        return f.fullQualityWanted || f.index == load.views.focus();
    }

    /** Where the frame's current step stands among the fill-ins the window holds. */
    FetchWindow.Rank held(FrameLoad f) {
        return new FetchWindow.Rank(type(f, f.current).ordinal(), priority(f, f.current), load.views.distance(f.index));
    }
}
