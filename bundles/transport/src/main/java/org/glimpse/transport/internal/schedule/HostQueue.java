package org.glimpse.transport.internal.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.transport.SeriesLocation;

/**
 * The requests for one host: those waiting, and those in flight (at most {@code limit}, so that Jetty's
 * own pool never queues and the order here is the order on the wire). The best waiting request is found by
 * a scan at each start; queues hold hundreds to a few thousand requests, and a scan keeps re-ordering live.
 */
final class HostQueue {

    private final List<Schedulable> waiting = new ArrayList<>();
    private final Set<Schedulable> running = new HashSet<>();
    private int limit;
    private boolean answered;

    HostQueue(int limit) {
        this.limit = limit;
    }

    synchronized int limit() {
        return limit;
    }

    synchronized void setLimit(int limit) {
        this.limit = limit;
    }

    synchronized void add(Schedulable s) {
        waiting.add(s);
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
    synchronized List<Schedulable> takeStartable(Comparator<Schedulable> order) {
        List<Schedulable> out = new ArrayList<>();
        int slots = answered ? limit : 1;
        while (running.size() < slots && !waiting.isEmpty()) {
            int best = 0;
            for (int i = 1; i < waiting.size(); i++) {
                if (order.compare(waiting.get(i), waiting.get(best)) < 0) {
                    best = i;
                }
            }
            if (fillIn(waiting.get(best)) && firstLookRunning()) {
                break;
            }
            Schedulable s = waiting.remove(best);
            running.add(s);
            out.add(s);
        }
        return out;
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
     * The series' requests, waiting ones first, taken out of the waiting list in one pass: cancelling thousands of
     * them one by one removed each from the list in turn, and the slots the running ones freed started waiting ones
     * of the same series.
     */
    synchronized List<Schedulable> takeSeries(SeriesLocation series) {
        List<Schedulable> out = new ArrayList<>();
        waiting.removeIf(s -> s.series().equals(series) && out.add(s));
        for (Schedulable s : running) {
            if (s.series().equals(series)) {
                out.add(s);
            }
        }
        return out;
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
