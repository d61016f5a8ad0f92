package org.glimpse.transport.internal.schedule;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.ToIntFunction;
import org.glimpse.api.transport.SeriesLocation;
import org.glimpse.transport.internal.http.Origin;

/** One priority queue per host, with a per-host limit of requests in flight. */
public final class RequestScheduler {

    private final Map<Origin, HostQueue> hosts = new ConcurrentHashMap<>();
    private final Map<SeriesLocation, Integer> viewPositions = new ConcurrentHashMap<>();
    private final Comparator<Schedulable> order = QueueOrder.by(viewPositions);
    private final ToIntFunction<URI> limitFor;
    private final Executor reports;

    /**
     * @param limitFor the requests in flight allowed for a host (from its site configuration)
     * @param reports where the callers of the requests a series' cancel discarded hear of it
     */
    public RequestScheduler(ToIntFunction<URI> limitFor, Executor reports) {
        this.limitFor = limitFor;
        this.reports = reports;
    }

    /** Queues a request to {@code url}, whose site allows {@code limit} requests in flight to its host. */
    public void submit(URI url, Schedulable s, int limit) {
        HostQueue q = hosts.computeIfAbsent(Origin.of(url), o -> new HostQueue(limit, order));
        q.setLimit(limit);
        q.add(s);
        pump(q);
    }

    /** A request finished or was cancelled: its slot goes to the best waiting one. */
    public void finished(URI url, Schedulable s) {
        HostQueue q = hosts.get(Origin.of(url));
        if (q != null && (q.release(s) | q.withdraw(s))) {
            pump(q);
        }
    }

    /** Requests allowed in flight to an origin: its queue's limit, or the default for an unknown one. */
    public int limitOf(Origin origin, int fallback) {
        HostQueue q = hosts.get(origin);
        return q == null ? fallback : q.limit();
    }

    /**
     * A response head came from the host of {@code url} (a frame's, or the series metadata's, which comes
     * first): its connection works, so all of its slots may be used now.
     */
    public void answered(URI url) {
        HostQueue q = hosts.computeIfAbsent(Origin.of(url), o -> new HostQueue(limitFor.applyAsInt(url), order));
        if (q.markAnswered()) {
            pump(q);
        }
    }

    /** Whether the request was still waiting (and is now removed). */
    public boolean withdraw(URI url, Schedulable s) {
        HostQueue q = hosts.get(Origin.of(url));
        return q != null && q.withdraw(s);
    }

    public void viewAt(SeriesLocation series, int frameIndex) {
        Integer before = viewPositions.put(series, frameIndex);
        if (before == null || before != frameIndex) {
            hosts.values().forEach(HostQueue::reordered);
        }
    }

    /** A request's type or priority changed: its host's queue is re-ordered before its next start. */
    public void reordered(URI url) {
        HostQueue q = hosts.get(Origin.of(url));
        if (q != null) {
            q.reordered();
        }
    }

    /**
     * Cancels every waiting and running request of the series; returns how many. The running ones are aborted now;
     * the waiting ones can no longer start once this returns, and their callers are told on another thread: a
     * closed volume's thousands of queued requests made its cancel wait for as many listener calls, which the one
     * who cancels does not need.
     */
    public int cancel(SeriesLocation series) {
        viewPositions.remove(series);
        List<Schedulable> waiting = new ArrayList<>();
        List<Schedulable> running = new ArrayList<>();
        for (HostQueue q : hosts.values()) {
            q.takeSeries(series, waiting, running);
        }
        running.forEach(Schedulable::cancel);
        waiting.removeIf(s -> !s.discard());
        if (!waiting.isEmpty()) {
            Runnable report = () -> waiting.forEach(Schedulable::reportDiscarded);
            try {
                reports.execute(report);
            } catch (RejectedExecutionException e) {
                // the transport is closing: its own thread tells them
                report.run();
            }
        }
        return waiting.size() + running.size();
    }

    /** Cancels every waiting and running request of every series (the transport is going away). */
    public int cancelAll() {
        List<Schedulable> all = new ArrayList<>();
        for (HostQueue q : hosts.values()) {
            all.addAll(q.all());
        }
        all.forEach(Schedulable::cancel);
        return all.size();
    }

    /** Requests in flight across all hosts (for tests and metrics). */
    public int running() {
        return hosts.values().stream().mapToInt(HostQueue::runningCount).sum();
    }

    /** Requests waiting across all hosts. */
    public int waiting() {
        return hosts.values().stream().mapToInt(HostQueue::waitingCount).sum();
    }

    private void pump(HostQueue q) {
        for (Schedulable s : q.takeStartable()) {
            s.start();
        }
    }
}
