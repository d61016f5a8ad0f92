package org.glimpse.loader.internal.load;

import org.glimpse.api.retrieve.PlannedRequest;
import org.glimpse.api.retrieve.RetrieveOptions;
import org.glimpse.api.transport.ByteRange;
import org.glimpse.api.transport.FrameExchange;
import org.glimpse.api.transport.FrameResult;

/**
 * Asks the next range of the frame in view while its current range still brings bytes, once the bytes left in
 * it would land within the wait its request had for its response head: the next response's first bytes then come
 * as the current range ends, where asking after the end added that wait, and the hand-over between the two, to
 * every range (the three ranges of Cornerstone3D's byte-range configuration put a 3036² frame's last request's
 * response head at 41 ms, where one request had it at 11). Both ranges share the link only for that wait. Bytes
 * of the next range that come before the current one has ended wait beyond the bytes held
 * ({@link FormBytes#appendAhead}). Only the frame in view (its steps go one after the other at the front of the
 * transport's queue; other frames' next stages wait their turn behind other frames), only the next step of the same
 * stored form, and never a range the display limits. If the current range ends short of the next one's first byte,
 * or the next one fails, it is dropped and asked again in its turn. Under the load's lock.
 */
final class RangeAhead {

    /** A frame's next step asked ahead: its range's first byte, its listener and exchange, and what it did. */
    static final class Request {
        final PlannedRequest step;
        final long first;
        final long end;
        final FormBytes bytes;
        final StepListener listener;
        final long sentNanos;
        FrameExchange exchange;
        long headNanos = -1;
        /** Its response ended while the step in front of it still ran, or null. */
        FrameResult result;

        Request(PlannedRequest step, ByteRange range, FormBytes bytes, StepListener listener, long sentNanos) {
            this.step = step;
            this.first = range.first();
            this.end = range.last() < 0 ? -1 : range.last() + 1;
            this.bytes = bytes;
            this.listener = listener;
            this.sentNanos = sentNanos;
        }
    }

    private final SeriesLoading load;

    RangeAhead(SeriesLoading load) {
        this.load = load;
    }

    /** Bytes of the frame's current step came: asks its next range when the rest of this one is about to land. */
    void consider(FrameLoad f, PlannedRequest step, String form, FormBytes b) {
        if (f.ahead != null || f.stepEnd < 0 || f.stepHeadNanos < 0 || b.frameLength() <= 0
                || f.stepEnd >= b.frameLength() || load.paused || load.cancelRequested || !load.flow.rank.inFront(f)
                || !landsWithinAWait(f, b)) {
            return;
        }
        for (PlannedRequest next : f.steps) {
            RetrieveOptions o = next.options();
            if (!FormKeys.of(o).equals(form) || o.decodeLevelFromDisplay()) {
                return;
            }
            StepRange r = StepRange.of(o, f.stepEnd, b.frameLength(), load.flow.levels(f, o, b),
                    load.flow.displayReduce(f, load.flow.levels(f, o, b)));
            // a step whose bytes the current range brings fetches nothing (Cornerstone3D's failure stages)
            if (!r.nothingToFetch()) {
                if (r.range() != null && r.range().first() == f.stepEnd) {
                    ask(f, next, form, b, r.range());
                }
                return;
            }
        }
    }

    private void ask(FrameLoad f, PlannedRequest next, String form, FormBytes b, ByteRange range) {
        b.reserve(range.last() >= 0 ? range.last() + 1 : b.frameLength());
        StepListener listener = new StepListener(load, f, next, form, b);
        Request a = new Request(next, range, b, listener, load.elapsed());
        f.ahead = a;
        a.exchange = load.flow.fetch(f, next, range, listener);
    }

    /**
     * Whether the bytes left in the current range land within its request's wait for its response head: at the
     * link's rate (its large responses' rate, {@link LinkRates}) once known, else at the faster of the step's rate
     * so far and its recent rate, each over a window of {@link FrameLoad#RATE_WINDOW_NANOS} at least. A range's
     * first reads come in a burst (over {@code 4g} a rate taken from the first read sent the next request as the
     * first range's head came, 50 ms early, and one taken over its first 10 ms sent the third 150 ms early: the
     * second range's bytes, and the image decoded from them, then came later, sharing the link).
     */
    private boolean landsWithinAWait(FrameLoad f, FormBytes b) {
        double rate = load.services.rates().bytesPerNano(load.location().wadoRoot());
        if (rate <= 0) {
            long since = System.nanoTime() - f.stepContentNanos;
            double own = f.stepContentNanos < 0 || since < FrameLoad.RATE_WINDOW_NANOS ? -1
                    : (double) (b.length() - f.stepContentFrom) / since;
            rate = Math.max(own, f.recentRate);
        }
        return rate > 0 && (f.stepEnd - b.length()) / rate <= f.stepHeadNanos - f.stepSentNanos;
    }

    /**
     * The frame's next step is {@code step}: when it was asked ahead and the bytes before it are all held, its
     * request becomes the frame's current one (true), and a response that already ended is taken in now. False
     * for another step (the one asked ahead stays, while the steps before it fetch nothing; {@link FrameFlow}
     * drops it when another step fetches), and when the bytes before it are not all held (the one asked ahead is
     * dropped, and the step asked in the ordinary way).
     */
    boolean adopt(FrameLoad f, PlannedRequest step) {
        Request a = f.ahead;
        if (a == null || a.step != step) {
            return false;
        }
        if (a.bytes.length() < a.first || f.forms.get(FormKeys.of(step.options())) != a.bytes) {
            drop(f);
            return false;
        }
        f.ahead = null;
        f.exchange = a.exchange;
        f.stepSentNanos = a.sentNanos;
        f.stepHeadNanos = a.headNanos;
        f.stepEnd = a.end;
        f.stepContentNanos = -1;
        if (a.result != null) {
            a.listener.completed(a.result);
        } else {
            // its bytes may all have come ahead: no read of its own would ask the range after it
            consider(f, step, FormKeys.of(step.options()), a.bytes);
        }
        return true;
    }

    /** Forgets the frame's request asked ahead, if any, cancelling it, and the bytes it brought ahead. */
    static void drop(FrameLoad f) {
        Request a = f.ahead;
        f.ahead = null;
        if (a != null) {
            a.bytes.dropAhead();
            if (a.exchange != null) {
                a.exchange.cancel();
            }
        }
    }
}
