package org.glimpse.transport.internal.schedule;

import java.util.Comparator;
import java.util.Map;
import org.glimpse.api.transport.SeriesLocation;

/**
 * The order a host's queue is served in: request type (INTERACTION first), then stage priority (lower
 * first), then distance from the frame in view of the request's series, then submission order. The view
 * positions are read at each decision, so a move of the view re-orders what is still queued.
 */
final class QueueOrder {

    private QueueOrder() {
    }

    static Comparator<Schedulable> by(Map<SeriesLocation, Integer> viewPositions) {
        return Comparator.<Schedulable>comparingInt(s -> s.requestType().ordinal())
                .thenComparingInt(Schedulable::priority)
                .thenComparingInt(s -> distance(s, viewPositions))
                .thenComparingLong(Schedulable::sequence);
    }

    private static int distance(Schedulable s, Map<SeriesLocation, Integer> viewPositions) {
        Integer view = viewPositions.get(s.series());
        return view == null ? Math.max(0, s.frameIndex()) : Math.abs(s.frameIndex() - view);
    }
}
