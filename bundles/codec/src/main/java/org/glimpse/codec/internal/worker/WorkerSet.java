package org.glimpse.codec.internal.worker;

import java.util.ArrayList;
import java.util.List;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.codec.internal.core.CodecException;

/**
 * The pool's live workers: every one started, those done warming up (ready for requests), how many callers are
 * starting now, and which worker a request goes to: the ready one holding the fewest requests.
 */
final class WorkerSet {
    private final int size;
    private final int depth;
    private final int cores = Runtime.getRuntime().availableProcessors();
    private final List<WorkerProcess> all = new ArrayList<>();
    private final List<WorkerProcess> ready = new ArrayList<>();
    /** Workers callers are starting without warm-ups. */
    private int starting;
    private boolean closed;

    /** @param size workers at most; {@code depth} requests each */
    WorkerSet(int size, int depth) {
        this.size = size;
        this.depth = depth;
    }

    /**
     * A slot of the ready worker holding the fewest requests, or null. Workers found dead while idle leave the set
     * into {@code lost} (the caller closes them).
     *
     * @throws CodecException once the pool is closed
     */
    synchronized Lease claim(List<WorkerProcess> lost) throws CodecException {
        if (closed) {
            throw new CodecException(Kind.UNAVAILABLE, "decoder pool is closed");
        }
        WorkerProcess best = null;
        int active = 0;
        for (WorkerProcess w : List.copyOf(ready)) {
            int n = w.inFlight();
            if (!w.usable()) {
                if (n == 0 && w.retire()) {
                    remove(w);
                    lost.add(w);
                }
                continue;
            }
            if (n > 0) {
                active++;
            }
            if (n < depth && (best == null || n < best.inFlight())) {
                best = w;
            }
        }
        RequestSlot slot = best == null ? null : best.claim(depth);
        if (slot == null) {
            return null;
        }
        int activeWithThis = best.inFlight() == 1 ? active + 1 : active;
        // a worker watches for its next request only while the cores are not all taken by decodes
        return new Lease(best, slot, activeWithThis * 2 <= cores ? Long.MAX_VALUE : 0);
    }

    /**
     * Whether the caller may start a worker itself: while the set has room and none is being warmed in the
     * background (waiting for that one costs less than starting another JVM beside it), or when
     * {@code overdue}. Each true is followed by {@link #startEnded}.
     */
    synchronized boolean startAllowed(boolean warming, boolean overdue) {
        if (all.size() + starting < size && !warming || overdue) {
            starting++;
            return true;
        }
        return false;
    }

    synchronized void startEnded() {
        starting--;
    }

    /** Whether the set holds as many workers as it may (or is closed): no background start is needed. */
    synchronized boolean full() {
        return closed || all.size() >= size;
    }

    /** A worker just started (not yet ready for requests). */
    synchronized void started(WorkerProcess w) {
        all.add(w);
    }

    /** A started worker takes requests from now on. */
    synchronized void ready(WorkerProcess w) {
        ready.add(w);
    }

    /** A worker done warming up takes requests if it is still usable and the set open; else it leaves. */
    synchronized boolean readyIfUsable(WorkerProcess w) {
        if (w.usable() && !closed) {
            ready.add(w);
            return true;
        }
        all.remove(w);
        return false;
    }

    synchronized void remove(WorkerProcess w) {
        all.remove(w);
        ready.remove(w);
    }

    /** Takes out the ready workers unused for {@code millis}, keeping one; the caller closes them. */
    synchronized List<WorkerProcess> removeIdle(long millis) {
        List<WorkerProcess> stop = new ArrayList<>();
        for (WorkerProcess w : List.copyOf(ready)) {
            if (all.size() > 1 && w.inFlight() == 0 && w.idleMillis() >= millis) {
                remove(w);
                stop.add(w);
            }
        }
        return stop;
    }

    /** The workers ready for a decode (warm-ups done) and holding none. */
    synchronized List<WorkerProcess> idle() {
        return ready.stream().filter(w -> w.usable() && w.inFlight() == 0).toList();
    }

    /** Workers ready for a decode (warm-ups done) and holding none. */
    synchronized int idleCount() {
        return idle().size();
    }

    /** Process ids of the live workers. */
    synchronized List<Long> pids() {
        return all.stream().filter(WorkerProcess::usable).map(WorkerProcess::pid).toList();
    }

    /** Closes the set: no more claims; returns the workers it held, for the caller to close. */
    synchronized List<WorkerProcess> close() {
        closed = true;
        List<WorkerProcess> copy = new ArrayList<>(all);
        all.clear();
        ready.clear();
        return copy;
    }
}
