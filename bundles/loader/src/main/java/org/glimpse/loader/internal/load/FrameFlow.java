package org.glimpse.loader.internal.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.PublishedLevels;
import org.glimpse.api.retrieve.PlannedRequest;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.retrieve.RetrieveOptions;
import org.glimpse.api.transport.ByteRange;
import org.glimpse.api.transport.FrameExchange;
import org.glimpse.api.transport.FrameRequest;

/**
 * Runs frames through their steps: builds each step's request from the bytes held, the published level ends
 * and the views' size, holds fill-ins in the window while the bytes not yet decoded are at its limit, and
 * settles a frame when its steps are done. What the bytes become is {@link FrameDecodes}'. All methods run under
 * the load's lock.
 */
final class FrameFlow {

    private final SeriesLoading load;
    private final Deque<FrameLoad> waiting = new ArrayDeque<>();
    /** Where a step stands in the transport's and the decoders' queues. */
    final StepRank rank;
    /** Fill-ins (a frame's whole bytes or its rest) asked only while the bytes not yet decoded allow. */
    final FetchWindow window;
    /** The next range of the frame in view, asked as its current range is about to end. */
    final RangeAhead ahead;
    /** The transfer syntaxes the series' site prefers, once looked up. */
    private List<String> preferred;
    /** Whether {@link #fillWindow()} is running (a step it asks that is held again does not start it anew). */
    private boolean filling;

    FrameFlow(SeriesLoading load) {
        this.load = load;
        this.rank = new StepRank(load);
        // held fill-ins go in the transport's order: type, stage priority, distance from the view
        this.window = new FetchWindow(() -> load.services.decoding().concurrency(), rank::held);
        this.ahead = new RangeAhead(load);
    }

    void retry(FrameLoad f) {
        load.coverage.added(f.shown());
        load.framesFailed--;
        f.failure = null;
        f.settled = false;
        f.wholeDecodeRetried = false;
        f.transportFailure = null;
        f.steps.clear();
        f.steps.addAll(f.allSteps);
        next(f);
    }

    void resume() {
        while (!waiting.isEmpty() && !load.paused) {
            next(waiting.poll());
        }
        fillWindow();
    }

    /** Asks the fill-ins the window held while it has room (decodes released bytes, a frame went final). */
    void fillWindow() {
        FrameLoad f;
        boolean outer = filling;
        filling = true;
        try {
            while (!load.cancelRequested && !load.paused && (f = window.next()) != null) {
                if (f.current != null && !f.finalReached && f.failure == null && f.exchange == null) {
                    again(f);
                }
            }
        } finally {
            filling = outer;
        }
    }

    /** Asks the frame's current step again (it waited in the window), or goes on to its next step. */
    private void again(FrameLoad f) {
        if (!issue(f, f.current)) {
            next(f);
        }
    }

    /** A frame held by the window came into view or is wanted at full quality: it is asked at once. */
    void wanted(FrameLoad f) {
        if (window.unhold(f) && f.current != null && f.exchange == null) {
            again(f);
        }
    }

    /** Issues the frame's next step that has something to fetch, or settles the frame. */
    void next(FrameLoad f) {
        while (!load.cancelRequested && f.failure == null) {
            if (f.finalReached) {
                f.steps.clear();
                f.current = null;
                break;
            }
            if (load.paused) {
                waiting.add(f);
                return;
            }
            PlannedRequest step = f.steps.poll();
            f.current = step;
            if (step == null) {
                if (f.transportFailure != null && f.exchange == null && f.decodesInFlight == 0) {
                    load.delivery.fail(f, f.transportFailure);
                    return;
                }
                break;
            }
            if (ahead.adopt(f, step) || issue(f, step)) {
                return;
            }
        }
        load.delivery.settle(f);
    }

    private boolean issue(FrameLoad f, PlannedRequest step) {
        RetrieveOptions o = step.options();
        String form = FormKeys.of(o);
        FormBytes b = f.forms.get(form);
        PublishedLevels levels = levels(f, o, b);
        StepRange r = StepRange.of(o, b == null ? 0 : b.length(), b == null ? -1 : b.frameLength(), levels,
                displayReduce(f, levels));
        if (r.nothingToFetch()) {
            if (b != null) {
                load.decodes.bytesEnded(f, step, form, b);
            }
            return false;
        }
        if (fillIn(f, o) && !window.admit(f, toHold(f, b, levels))) {
            window.hold(f);
            if (!filling) {
                // held behind a waiting frame while there is room: that one goes now
                fillWindow();
            }
            return true;
        }
        if (o.decodeLevelFromDisplay() && r.targetReduce() > 0) {
            f.displayLimited = true;
        }
        // a step asked ahead that is not this one will not be taken in
        RangeAhead.drop(f);
        long expected = r.range() != null && r.range().last() >= 0 ? r.range().last() + 1
                : levels != null ? levels.length() : 65_536;
        if (b == null) {
            b = new FormBytes(expected, load.encodedArrays);
            if (f.own == null && (o.streaming() || o.rangeIndex() != null && o.rangeIndex() >= 0)) {
                // a level may be decoded from its first bytes: only then do they start in a small array (a whole
                // frame decoded at its end gains nothing from one, and paid a copy and 64 KB of garbage)
                b.firstLook();
            }
            f.forms.put(form, b);
        } else {
            b.reserve(expected);
        }
        f.stepContentNanos = -1;
        f.stepSentNanos = load.elapsed();
        f.stepHeadNanos = -1;
        f.stepEnd = r.range() != null && r.range().last() >= 0 ? r.range().last() + 1 : -1;
        f.trace.requested(f.stepSentNanos);
        f.exchange = fetch(f, step, r.range(), new StepListener(load, f, step, form, b));
        f.trace.sent(load.elapsed());
        return true;
    }

    /** Hands a step's request for {@code range} (null: the whole frame) to the transport. */
    FrameExchange fetch(FrameLoad f, PlannedRequest step, ByteRange range, StepListener listener) {
        RetrieveOptions o = step.options();
        FrameRequest request = new FrameRequest(load.location(), f.key, f.index, o.framesPath(), o.urlArguments(),
                range, accept(f, o), rank.type(f, step), rank.priority(f, step), step.stageId(), range != null);
        listener.traced(f.finalTrace.requested(load.elapsed(), range == null ? "whole" : range.header()));
        return load.services.transport().fetch(request, listener);
    }

    /**
     * Whether the step is a fill-in for the window: its stage asks for the frame's whole bytes or their rest (not
     * a first range, which is a first look even when the level it wants is the whole frame), for a frame not in
     * view, and not from a server-made rendition (a first look of its own).
     */
    private boolean fillIn(FrameLoad f, RetrieveOptions o) {
        boolean firstRange = o.rangeIndex() != null && o.rangeIndex() >= 0;
        return !firstRange && !rank.inFront(f) && f.instance.renditionAt(FormKeys.framesPath(o)) == null;
    }

    /**
     * The undecoded bytes a fill-in holds once asked: the frame's length when known, else its pixel bytes. A rest
     * counts the bytes already held too: they wait for the same decode, in the one array of the frame's length
     * the rest's bytes go into (counting only the rest let 1.7 times as many arrays be taken as the window said).
     */
    private static long toHold(FrameLoad f, FormBytes b, PublishedLevels levels) {
        return b != null && b.frameLength() > 0 ? b.frameLength()
                : levels != null ? levels.length() : f.instance.pixel().frameBytes();
    }

    PublishedLevels levels(FrameLoad f, RetrieveOptions o, FormBytes b) {
        String ts = b != null && b.transferSyntaxUid() != null ? b.transferSyntaxUid()
                : o.framesPath() == null ? f.planSyntax : null;
        return ts == null ? null : f.instance.levelsOf(f.key.frameNumber(), FormKeys.framesPath(o), ts);
    }

    int displayReduce(FrameLoad f, PublishedLevels levels) {
        if (f.fullQualityWanted) {
            return 0;
        }
        PixelDescriptor p = f.instance.pixel();
        int d = levels != null ? levels.decompositions() : StepRange.DEFAULT_DECOMPOSITIONS;
        return LevelChoice.reduceFor(p.columns(), p.rows(), d, load.views.width(), load.views.height());
    }

    private List<String> accept(FrameLoad f, RetrieveOptions o) {
        if (preferred == null) {
            // the site's, read once per load: each lookup walks and sorts the sites, on every request's path
            preferred = load.services.retrieve().siteFor(load.location().wadoRoot()).preferredTransferSyntaxes();
        }
        if (!preferred.isEmpty()) {
            return preferred;
        }
        String ts = f.instance.transferSyntaxUid();
        boolean plain = o.framesPath() == null && !o.urlArguments().containsKey("accept");
        return plain && ts != null && load.services.decoding().canDecode(ts) ? List.of(ts) : List.of();
    }

    /** The view moved from one frame to another: their queued requests change places. */
    void refocus(FrameLoad before, FrameLoad now) {
        if (before != now && before.exchange != null && before.current != null) {
            before.exchange.reprioritize(rank.type(before, before.current), rank.priority(before, before.current));
        }
        if (now.exchange != null) {
            now.exchange.reprioritize(RequestType.INTERACTION, Integer.MIN_VALUE);
        }
        wanted(now);
        if (before != now) {
            window.rerank();
        }
    }

    /** A view grew (or zoomed): rests held back because the display needed less go at their stage's rank again. */
    void displayChanged() {
        for (FrameLoad f : load.frames) {
            if (f.displayLimited && f.exchange != null && f.current != null) {
                f.displayLimited = false;
                f.exchange.reprioritize(rank.type(f, f.current), rank.priority(f, f.current));
            }
        }
    }

    /** The bytes say another transfer syntax than the plan's: the frame's remaining steps come from its plan. */
    void replan(FrameLoad f, String ts) {
        if (ts.equals(f.planSyntax)) {
            return;
        }
        String at = f.current == null ? null : f.current.stageId();
        f.planSyntax = ts;
        List<PlannedRequest> steps = load.plans.stepsOf(ts, f.index);
        f.allSteps = List.copyOf(steps);
        f.steps.clear();
        boolean after = at == null;
        for (PlannedRequest s : steps) {
            if (after) {
                f.steps.add(s);
            }
            after |= s.stageId().equals(at);
        }
    }

    /**
     * Cancels a frame's running request and the one asked ahead (it is final or failed); a cancelled exchange
     * reports nothing more.
     */
    static void dropExchange(FrameLoad f) {
        FrameExchange ex = f.exchange;
        f.exchange = null;
        if (ex != null) {
            ex.cancel();
        }
        RangeAhead.drop(f);
    }
}
