package org.glimpse.loader.internal.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.glimpse.api.retrieve.PlannedRequest;

/**
 * Queues every frame's first step: the frame in view first (the transport starts a request as soon as a slot
 * is free, so the first ones queued are the first on the wire), then in the order the transport serves its queue
 * (the first step's type and priority, then the distance from the view, then the plan's issue order), a few frames
 * per turn of the timer: the lock is let go between turns, so the first bytes of the frame in view are taken
 * in and decoded while a large series is still being queued, instead of waiting for all of it (queueing
 * 200 slices took 85 ms on a busy machine, and the first slice showed after it).
 */
final class FrameStarts {

    /** Frames whose first step is queued per turn of the load's lock. */
    static final int START_BATCH = 8;
    /** The pause between turns, in which the transport's and the decoders' threads take the lock. */
    private static final long START_GAP_NANOS = 200_000;
    private final SeriesLoading load;

    FrameStarts(SeriesLoading load) {
        this.load = load;
    }

    /** Starts the first frames now (under the load's lock) and the others turn by turn. */
    void startAll() {
        for (FrameLoad f : load.frames) {
            f.planSyntax = f.instance.transferSyntaxUid();
        }
        Deque<FrameLoad> order = order();
        begin(order.poll());
        startSome(order);
    }

    private Deque<FrameLoad> order() {
        boolean[] listed = new boolean[load.frames.length];
        List<FrameLoad> rest = new ArrayList<>(load.frames.length);
        int inView = load.views.focus();
        listed[inView] = true;
        for (int i : load.plans.issueOrder(load.frames[0].planSyntax)) {
            if (!listed[i]) {
                listed[i] = true;
                rest.add(load.frames[i]);
            }
        }
        for (FrameLoad f : load.frames) {
            if (!listed[f.index]) {
                rest.add(f);
            }
        }
        // the frames queued first take the free slots at once, before the transport can order them: queued in its
        // order, they are the ones it would have chosen (a volume's first slices went before the middle one's
        // neighbours). The sort is stable: the plan's issue order stays among equals. Each frame's first step is
        // looked up once, not at every comparison.
        int[] type = new int[load.frames.length];
        int[] priority = new int[load.frames.length];
        for (FrameLoad f : rest) {
            List<PlannedRequest> steps = load.plans.stepsOf(f.planSyntax, f.index);
            // frames the plan leaves out come last
            type[f.index] = steps.isEmpty() ? Integer.MAX_VALUE : steps.get(0).requestType().ordinal();
            priority[f.index] = steps.isEmpty() ? Integer.MAX_VALUE : steps.get(0).priority();
        }
        rest.sort(Comparator.comparingInt((FrameLoad f) -> type[f.index]).thenComparingInt(f -> priority[f.index])
                .thenComparingInt(f -> Math.abs(f.index - inView)));
        Deque<FrameLoad> order = new ArrayDeque<>(load.frames.length);
        order.add(load.frames[inView]);
        order.addAll(rest);
        return order;
    }

    private void startSome(Deque<FrameLoad> order) {
        if (order.isEmpty()) {
            return;
        }
        load.services.timer().schedule(() -> {
            if (load.cancelRequested) {
                return;
            }
            synchronized (load.lock) {
                for (int n = 0; n < START_BATCH && !order.isEmpty() && !load.cancelRequested; n++) {
                    begin(order.poll());
                }
                if (!load.cancelRequested) {
                    startSome(order);
                }
            }
        }, START_GAP_NANOS, TimeUnit.NANOSECONDS);
    }

    private void begin(FrameLoad f) {
        f.allSteps = List.copyOf(load.plans.stepsOf(f.planSyntax, f.index));
        f.steps.addAll(f.allSteps);
        load.flow.next(f);
    }
}
