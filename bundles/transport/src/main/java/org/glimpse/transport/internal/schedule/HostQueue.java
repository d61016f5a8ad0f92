package org.glimpse.transport.internal.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.transport.SeriesLocation;

/**
 * The requests for one host: those waiting, and those in flight (at most {@code limit}, so that Jetty's
 * own pool never queues and the order here is the order on the wire). The waiting requests sit in a heap in
 * the queue's order; a withdrawn request is only dropped from the set of those waiting and skipped when it comes
 * up. The order reads live keys (a request's type and priority, the view's position), so a change of them marks
 * the heap stale and the next start rebuilds it once: a scan of every waiting request at each start made
 * queueing a 2000-slice volume's coarse requests quadratic.
 */
final class HostQueue {

    private final Comparator<Schedulable> order;
    private final Set<Schedulable> waiting = new HashSet<>();
    private final Set<Schedulable> running = new HashSet<>();
    private PriorityQueue<Schedulable> heap;
    private boolean stale;
    private int limit;
    private boolean answered;

    HostQueue(int limit, Comparator<Schedulable> order) {
        this.limit = limit;
        this.order = order;
        this.heap = new PriorityQueue<>(order);
    }

    synchronized int limit() {
        return limit;
    }

    synchronized void setLimit(int limit) {
        this.limit = limit;
    }

    synchronized void add(Schedulable s) {
        if (waiting.add(s)) {
            heap.add(s);
        }
    }

    /** A request's type or priority, or the view's position, changed: the heap is rebuilt at the next start. */
    synchronized void reordered() {
        stale = true;
    }

    /**
     * The host answered a request: the connection works, so the other slots may open. Until then one
     * request at a time, else Jetty opens one HTTP/2 connection per request started before the first
     * connection is up, where one connection with many streams is the point.
     */
    synchronized boolean markAnswered() {
        boolean first = !answered;
        answered = true;
        return first;
    }

    /**
     * Moves the best waiting requests into flight while slots are free; the caller starts them. A fill-in
     * request (PREFETCH, COMPUTE) waits while a first-look one (INTERACTION, THUMBNAIL) is in flight, so that
     * every first look is on the wire before any fill-in shares the link with it.
     */
    synchronized List<Schedulable> takeStartable() {
        List<Schedulable> out = new ArrayList<>();
        int slots = answered ? limit : 1;
        while (running.size() < slots && !waiting.isEmpty()) {
            Schedulable best = best();
            if (fillIn(best) && firstLookRunning()) {
                break;
            }
            heap.poll();
            waiting.remove(best);
            running.add(best);
            out.add(best);
        }
        return out;
    }

    /** The best waiting request, left at the head of the heap; there is one. */
    private Schedulable best() {
        if (stale || heap.size() > 2 * waiting.size() + 64) {
            // rebuilt in the order as it stands now, without the withdrawn ones
            PriorityQueue<Schedulable> fresh = new PriorityQueue<>(Math.max(1, waiting.size()), order);
            fresh.addAll(waiting);
            heap = fresh;
            stale = false;
        }
        Schedulable s;
        while (!waiting.contains(s = heap.peek())) {
            heap.poll();
        }
        return s;
    }

    private static boolean fillIn(Schedulable s) {
        return s.requestType().compareTo(RequestType.PREFETCH) >= 0;
    }

    private boolean firstLookRunning() {
        for (Schedulable s : running) {
            if (!fillIn(s)) {
                return true;
            }
        }
        return false;
    }

    /** Frees the slot of a finished or cancelled request; false if it held none. */
    synchronized boolean release(Schedulable s) {
        return running.remove(s);
    }

    /** Takes a request out of the waiting list; false if it was not waiting. */
    synchronized boolean withdraw(Schedulable s) {
        return waiting.remove(s);
    }

    /**
     * Takes the series' requests out of the queue in one pass: the waiting ones into {@code waiting}, the running
     * ones into {@code running}. Cancelling thousands of them one by one removed each from the list in turn, and
     * the slots the running ones freed started waiting ones of the same series.
     */
    synchronized void takeSeries(SeriesLocation series, List<Schedulable> waiting, List<Schedulable> running) {
        this.waiting.removeIf(s -> of(series, s) && waiting.add(s));
        for (Schedulable s : this.running) {
            if (of(series, s)) {
                running.add(s);
            }
        }
    }

    /** Whether {@code s} is one of {@code series}' requests. */
    private static boolean of(SeriesLocation series, Schedulable s) {
        // a series' requests share its location: the identity test spares comparing URIs thousands of times
        return s.series() == series || s.series().equals(series);
    }

    synchronized List<Schedulable> all() {
        List<Schedulable> out = new ArrayList<>(waiting);
        out.addAll(running);
        return out;
    }

    synchronized int waitingCount() {
        return waiting.size();
    }

    synchronized int runningCount() {
        return running.size();
    }
}
