package org.glimpse.transport.internal.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.transport.SeriesLocation;
import org.junit.jupiter.api.Test;

/** The host queue's order, its live re-ordering, and what a start costs with thousands of requests waiting. */
class HostQueueTest {

    private static final SeriesLocation SERIES = new SeriesLocation(URI.create("http://127.0.0.1:1/dicomweb"), "1",
            "2");
    private final Map<SeriesLocation, Integer> views = new HashMap<>();
    private final AtomicLong compared = new AtomicLong();
    private final Comparator<Schedulable> order = counting(QueueOrder.by(views));

    @Test
    void startsByTypeThenPriorityThenDistanceFromTheView() {
        HostQueue q = new HostQueue(10, order);
        Request far = add(q, RequestType.THUMBNAIL, 0, 9);
        Request near = add(q, RequestType.THUMBNAIL, 0, 1);
        Request urgent = add(q, RequestType.INTERACTION, 5, 30);
        Request sooner = add(q, RequestType.THUMBNAIL, -1, 20);
        q.markAnswered();
        assertEquals(List.of(urgent, sooner, near, far), q.takeStartable());
    }

    @Test
    void aChangedPriorityOrViewReordersWhatIsStillWaiting() {
        HostQueue q = new HostQueue(1, order);
        Request a = add(q, RequestType.PREFETCH, 0, 1);
        Request b = add(q, RequestType.PREFETCH, 0, 8);
        Request c = add(q, RequestType.PREFETCH, 0, 5);
        views.put(SERIES, 8);
        q.reordered();
        assertEquals(List.of(b), q.takeStartable(), "the frame now in view first");
        a.type = RequestType.INTERACTION;
        q.reordered();
        q.release(b);
        assertEquals(List.of(a), q.takeStartable(), "raised to INTERACTION");
        q.release(a);
        assertEquals(List.of(c), q.takeStartable());
    }

    @Test
    void aWithdrawnRequestNeverStarts() {
        HostQueue q = new HostQueue(10, order);
        Request a = add(q, RequestType.THUMBNAIL, 0, 1);
        Request b = add(q, RequestType.THUMBNAIL, 0, 2);
        assertTrue(q.withdraw(a));
        q.markAnswered();
        assertEquals(List.of(b), q.takeStartable());
        assertEquals(0, q.waitingCount());
    }

    @Test
    void aFillInWaitsWhileAFirstLookIsInFlight() {
        HostQueue q = new HostQueue(10, order);
        Request look = add(q, RequestType.THUMBNAIL, 0, 1);
        Request fill = add(q, RequestType.PREFETCH, 0, 0);
        q.markAnswered();
        assertEquals(List.of(look), q.takeStartable());
        assertEquals(List.of(), q.takeStartable());
        q.release(look);
        assertEquals(List.of(fill), q.takeStartable());
    }

    /**
     * Starting 2000 queued requests one slot at a time compares about n log n times: a scan of every waiting
     * request per start compared n² / 2 (two million) times.
     */
    @Test
    void startingThousandsOfQueuedRequestsIsNotQuadratic() {
        int n = 2000;
        HostQueue q = new HostQueue(1, order);
        for (int i = 0; i < n; i++) {
            add(q, RequestType.THUMBNAIL, 0, (i * 7919) % n);
        }
        q.markAnswered();
        compared.set(0);
        List<Schedulable> started = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Schedulable> s = q.takeStartable();
            assertEquals(1, s.size());
            started.add(s.get(0));
            q.release(s.get(0));
        }
        for (int i = 1; i < n; i++) {
            assertTrue(started.get(i - 1).frameIndex() <= started.get(i).frameIndex(), "in order at " + i);
        }
        assertTrue(compared.get() < 40L * n, "comparisons for " + n + " starts: " + compared.get());
    }

    private Comparator<Schedulable> counting(Comparator<Schedulable> c) {
        return (x, y) -> {
            compared.incrementAndGet();
            return c.compare(x, y);
        };
    }

    private long sequence;

    private Request add(HostQueue q, RequestType type, int priority, int frame) {
        Request r = new Request(type, priority, frame, ++sequence);
        q.add(r);
        return r;
    }

    /** A queued request as the queue sees it; its type may change while it waits, as a reprioritized one's does. */
    private static final class Request implements Schedulable {
        RequestType type;
        final int priority;
        final int frame;
        final long sequence;

        Request(RequestType type, int priority, int frame, long sequence) {
            this.type = type;
            this.priority = priority;
            this.frame = frame;
            this.sequence = sequence;
        }

        @Override
        public RequestType requestType() {
            return type;
        }

        @Override
        public int priority() {
            return priority;
        }

        @Override
        public int frameIndex() {
            return frame;
        }

        @Override
        public SeriesLocation series() {
            return SERIES;
        }

        @Override
        public long sequence() {
            return sequence;
        }

        @Override
        public void start() {
        }

        @Override
        public void cancel() {
        }

        @Override
        public boolean discard() {
            return true;
        }

        @Override
        public void reportDiscarded() {
        }

        @Override
        public String toString() {
            return type + "/" + priority + "/" + frame;
        }
    }
}
