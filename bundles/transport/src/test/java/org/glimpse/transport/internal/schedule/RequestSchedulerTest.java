package org.glimpse.transport.internal.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.transport.SeriesLocation;
import org.junit.jupiter.api.Test;

/** A series' cancel: what it aborts at once, what it discards, and where the discarded ones' callers hear of it. */
class RequestSchedulerTest {

    private static final URI ROOT = URI.create("http://127.0.0.1:1/dicomweb");
    private static final SeriesLocation SERIES = new SeriesLocation(ROOT, "1", "2");
    private static final SeriesLocation OTHER = new SeriesLocation(ROOT, "1", "3");

    /** Reports handed to the executor, run only when the test says. */
    private final List<Runnable> heldReports = new ArrayList<>();
    private final RequestScheduler scheduler = new RequestScheduler(u -> 1, heldReports::add);
    private final AtomicLong sequences = new AtomicLong();

    @Test
    void aSeriesCancelAbortsItsRunningRequestAndDiscardsItsQueuedOnesTellingTheirCallersElsewhere() {
        Request running = submit(SERIES);
        Request queued = submit(SERIES);
        Request ended = submit(SERIES);
        ended.over = true;
        Request others = submit(OTHER);
        assertTrue(running.started && !queued.started, "one slot: the first runs, the others wait");

        int cancelled = scheduler.cancel(SERIES);

        assertEquals(2, cancelled, "the running one and the queued one; the one already over is not counted");
        assertTrue(running.cancelled, "the running request is aborted by the cancel itself");
        assertTrue(queued.over && !queued.cancelled, "the queued one is ended, not cancelled one by one");
        assertFalse(queued.reported, "its caller is not told on the cancelling thread");
        assertEquals(1, heldReports.size(), "one report for all the discarded requests");
        heldReports.forEach(Runnable::run);
        assertTrue(queued.reported, "its caller is told by the report");
        assertFalse(ended.reported, "a request that had ended already is not reported again");

        scheduler.finished(running.url, running);
        assertFalse(queued.started || ended.started, "a freed slot never starts a discarded request");
        assertTrue(others.started, "it starts the other series' request");
        assertEquals(0, scheduler.waiting(), "nothing of the series waits");
    }

    @Test
    void aSeriesCancelAfterTheReportsStoppedTellsTheCallersItself() {
        RequestScheduler closing = new RequestScheduler(u -> 1, r -> {
            throw new java.util.concurrent.RejectedExecutionException("stopped");
        });
        Request running = new Request(SERIES, sequences.incrementAndGet());
        Request queued = new Request(SERIES, sequences.incrementAndGet());
        closing.submit(running.url, running, 1);
        closing.submit(queued.url, queued, 1);

        assertEquals(2, closing.cancel(SERIES));
        assertTrue(queued.reported, "told on the cancelling thread when the reports are stopped");
    }

    private Request submit(SeriesLocation series) {
        Request r = new Request(series, sequences.incrementAndGet());
        scheduler.submit(r.url, r, 1);
        return r;
    }

    /** A request as the scheduler sees it, recording what was done to it. */
    private static final class Request implements Schedulable {
        final URI url = ROOT.resolve("studies/1/series/2/instances/3/frames/1");
        final SeriesLocation series;
        final long sequence;
        boolean started;
        boolean cancelled;
        boolean over;
        boolean reported;

        Request(SeriesLocation series, long sequence) {
            this.series = series;
            this.sequence = sequence;
        }

        @Override
        public RequestType requestType() {
            return RequestType.PREFETCH;
        }

        @Override
        public int priority() {
            return 0;
        }

        @Override
        public int frameIndex() {
            return 0;
        }

        @Override
        public SeriesLocation series() {
            return series;
        }

        @Override
        public long sequence() {
            return sequence;
        }

        @Override
        public void start() {
            started = true;
        }

        @Override
        public void cancel() {
            cancelled = true;
            over = true;
        }

        @Override
        public boolean discard() {
            if (over) {
                return false;
            }
            over = true;
            return true;
        }

        @Override
        public void reportDiscarded() {
            reported = true;
        }
    }
}
