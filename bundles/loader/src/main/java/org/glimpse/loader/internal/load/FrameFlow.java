package org.glimpse.loader.internal.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.glimpse.api.codec.CodestreamLevels;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.codec.Rendition;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.PublishedLevels;
import org.glimpse.api.frame.ReducedRendition;
import org.glimpse.api.retrieve.PlannedRequest;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.retrieve.RetrieveOptions;
import org.glimpse.api.transport.FrameExchange;
import org.glimpse.api.transport.FrameRequest;
import org.glimpse.loader.internal.decode.DecodeJob;
import org.glimpse.loader.internal.decode.DecodeRank;

/**
 * Runs frames through their steps: builds each step's request from the bytes held, the published level ends
 * and the views' size; hands arriving bytes to the decoding rules (a prefix is decoded only when a better level
 * is complete, one prefix decode per frame at a time, the whole frame at once when its last byte lands). All
 * methods run under the load's lock.
 */
final class FrameFlow {

    private static final int INSPECT_STEP = 16_384;
    private final SeriesLoading load;
    private final Deque<FrameLoad> waiting = new ArrayDeque<>();
    private final DecodeGate gate;
    private final ArrivalRate arrival = new ArrivalRate();
    /** Fill-ins (a frame's whole bytes or its rest) asked only while the bytes not yet decoded allow. */
    final FetchWindow window;

    FrameFlow(SeriesLoading load) {
        this.load = load;
        this.gate = new DecodeGate(job -> load.services.decoding().submit(job),
                job -> load.services.decoding().withdraw(job));
        // held fill-ins go in the transport's order: type, stage priority, distance from the view
        this.window = new FetchWindow(() -> load.services.decoding().concurrency(),
                f -> new FetchWindow.Rank(type(f, f.current).ordinal(), priority(f, f.current),
                        load.views.distance(f.index)));
    }

    /** Frames whose first step is queued per turn of the load's lock (see {@link #startAll()}). */
    static final int START_BATCH = 8;
    /** The pause between turns, in which the transport's and the decoders' threads take the lock. */
    private static final long START_GAP_NANOS = 200_000;

    /**
     * Queues every frame's first step: the frame in view first (the transport starts a request as soon as a slot
     * is free, so the first ones queued are the first on the wire), then in the plan's issue order, a few frames
     * per turn of the timer: the lock is let go between turns, so the first bytes of the frame in view are taken
     * in and decoded while a large series is still being queued, instead of waiting for all of it (queueing
     * 200 slices took 85 ms on a busy machine, and the first slice showed after it).
     */
    void startAll() {
        for (FrameLoad f : load.frames) {
            f.planSyntax = f.instance.transferSyntaxUid();
        }
        boolean[] listed = new boolean[load.frames.length];
        Deque<FrameLoad> order = new ArrayDeque<>(load.frames.length);
        int inView = load.views.focus();
        listed[inView] = true;
        order.add(load.frames[inView]);
        for (int i : load.plans.issueOrder(load.frames[0].planSyntax)) {
            if (!listed[i]) {
                listed[i] = true;
                order.add(load.frames[i]);
            }
        }
        for (FrameLoad f : load.frames) {
            if (!listed[f.index]) {
                order.add(f);
            }
        }
        begin(order.poll());
        startSome(order);
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
        next(f);
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
        while (!load.cancelRequested && !load.paused && (f = window.next()) != null) {
            if (f.current != null && !f.finalReached && f.failure == null && f.exchange == null) {
                again(f);
            }
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
            if (issue(f, step)) {
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
                bytesEnded(f, step, form, b);
            }
            return false;
        }
        if (fillIn(f, o) && !window.admit(f, toCome(f, b, levels))) {
            window.hold(f);
            return true;
        }
        if (o.decodeLevelFromDisplay() && r.targetReduce() > 0) {
            f.displayLimited = true;
        }
        long expected = r.range() != null && r.range().last() >= 0 ? r.range().last() + 1
                : levels != null ? levels.length() : 65_536;
        if (b == null) {
            b = new FormBytes(expected, load.encodedArrays);
            if (f.own == null) {
                b.firstLook();
            }
            f.forms.put(form, b);
        } else {
            b.reserve(expected);
        }
        f.stepContentNanos = -1;
        FrameRequest request = new FrameRequest(load.location(), f.key, f.index, o.framesPath(), o.urlArguments(),
                r.range(), accept(f, o), type(f, step), priority(f, step), step.stageId(), r.range() != null);
        f.trace.requested(load.elapsed());
        f.exchange = load.services.transport().fetch(request, new StepListener(load, f, step, form, b));
        return true;
    }

    /**
     * Whether the step is a fill-in for the window: its stage asks for the frame's whole bytes or their rest (not
     * a first range, which is a first look even when the level it wants is the whole frame), for a frame not in
     * view, and not from a server-made rendition (a first look of its own).
     */
    private boolean fillIn(FrameLoad f, RetrieveOptions o) {
        boolean firstRange = o.rangeIndex() != null && o.rangeIndex() >= 0;
        return !firstRange && !inFront(f) && f.instance.renditionAt(FormKeys.framesPath(o)) == null;
    }

    /** The bytes a fill-in will bring: the frame's length when known, else its pixel bytes, less those held. */
    private static long toCome(FrameLoad f, FormBytes b, PublishedLevels levels) {
        long length = b != null && b.frameLength() > 0 ? b.frameLength()
                : levels != null ? levels.length() : f.instance.pixel().frameBytes();
        return length - (b == null ? 0 : b.length());
    }

    private PublishedLevels levels(FrameLoad f, RetrieveOptions o, FormBytes b) {
        String ts = b != null && b.transferSyntaxUid() != null ? b.transferSyntaxUid()
                : o.framesPath() == null ? f.planSyntax : null;
        return ts == null ? null : f.instance.levelsOf(f.key.frameNumber(), FormKeys.framesPath(o), ts);
    }

    private int displayReduce(FrameLoad f, PublishedLevels levels) {
        if (f.fullQualityWanted) {
            return 0;
        }
        PixelDescriptor p = f.instance.pixel();
        int d = levels != null ? levels.decompositions() : StepRange.DEFAULT_DECOMPOSITIONS;
        return LevelChoice.reduceFor(p.columns(), p.rows(), d, load.views.width(), load.views.height());
    }

    private List<String> accept(FrameLoad f, RetrieveOptions o) {
        List<String> preferred = load.services.retrieve().siteFor(load.location().wadoRoot())
                .preferredTransferSyntaxes();
        if (!preferred.isEmpty()) {
            return preferred;
        }
        String ts = f.instance.transferSyntaxUid();
        boolean plain = o.framesPath() == null && !o.urlArguments().containsKey("accept");
        return plain && ts != null && load.services.decoding().canDecode(ts) ? List.of(ts) : List.of();
    }

    /** The frame in view goes first whatever its stage; a rest fetched beyond the display's need waits. */
    private RequestType type(FrameLoad f, PlannedRequest step) {
        if (inFront(f)) {
            return RequestType.INTERACTION;
        }
        boolean rest = step.options().rangeIndex() == null || step.options().rangeIndex() < 0;
        if (f.displayLimited && rest && step.requestType().compareTo(RequestType.PREFETCH) < 0) {
            return RequestType.PREFETCH;
        }
        return step.requestType();
    }

    private int priority(FrameLoad f, PlannedRequest step) {
        return inFront(f) ? Integer.MIN_VALUE : step.priority();
    }

    private boolean inFront(FrameLoad f) {
        return f.fullQualityWanted || f.index == load.views.focus();
    }

    /** The view moved from one frame to another: their queued requests change places. */
    void refocus(FrameLoad before, FrameLoad now) {
        if (before != now && before.exchange != null && before.current != null) {
            before.exchange.reprioritize(type(before, before.current), priority(before, before.current));
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
                f.exchange.reprioritize(type(f, f.current), priority(f, f.current));
            }
        }
    }

    /** The bytes of a step stopped arriving (its range ended, or the frame is whole). */
    void bytesEnded(FrameLoad f, PlannedRequest step, String form, FormBytes b) {
        if (b.complete()) {
            decodeWhole(f, step, form, b);
        } else {
            decodePrefix(f, step, form, b, true);
        }
    }

    /** Decodes a form's whole bytes once more (after a decoder timed out or died); false when they are gone. */
    boolean decodeWholeAgain(FrameLoad f, PlannedRequest step, String form) {
        FormBytes b = f.forms.get(form);
        if (b == null || !b.complete()) {
            return false;
        }
        submitWhole(f, step, form, b);
        return true;
    }

    private void decodeWhole(FrameLoad f, PlannedRequest step, String form, FormBytes b) {
        if (f.finalReached || !b.askWholeDecode()) {
            return;
        }
        submitWhole(f, step, form, b);
    }

    private void submitWhole(FrameLoad f, PlannedRequest step, String form, FormBytes b) {
        String ts = b.transferSyntaxUid() != null ? b.transferSyntaxUid() : f.planSyntax;
        if (ts == null) {
            load.delivery.fail(f, Failures.codec(new DecodeException(DecodeException.Kind.UNSUPPORTED, f.key,
                    "neither the response nor the metadata name the transfer syntax of " + form), step.stageId()));
            return;
        }
        EncodedFrame whole = new EncodedFrame(f.key, ts, pixel(f, step), b.data(), b.length(), true);
        boolean rendition = f.instance.renditionAt(FormKeys.framesPath(step.options())) != null;
        // the frame itself, whole: a prefix of it decoded meanwhile could only be worse
        f.wholeDecoding |= !rendition;
        if (!rendition) {
            withdrawPrefix(f);
        }
        // the frame itself, whole, decodes to full size: into its place in the slab, unless that is taken
        submit(f, step, form, rendition ? whole.as(Rendition.REDUCED) : whole, 0, true,
                rendition ? null : f.claimSlot(load.slabs));
    }

    /** A prefix decode still waiting for a decoder could only show a worse image than the whole's: it never runs. */
    private void withdrawPrefix(FrameLoad f) {
        DecodeJob prefix = f.prefixJob;
        if (prefix != null && gate.withdraw(prefix)) {
            f.prefixJob = null;
            f.prefixDecodeReduce = -1;
            f.prefixPending = false;
            f.decodesInFlight--;
        }
    }

    /** Readies what the whole frame's decode writes into, when it will decode into the frame's place. */
    void prepareWholeDecode(FrameLoad f, PlannedRequest step) {
        if (f.instance.renditionAt(FormKeys.framesPath(step.options())) == null) {
            f.prepareSlot(load.slabs);
        }
    }

    /** Decodes a prefix when a level better than any shown or being decoded is complete in it. */
    void decodePrefix(FrameLoad f, PlannedRequest step, String form, FormBytes b, boolean atEnd) {
        String ts = b.transferSyntaxUid();
        if (ts == null || f.finalReached || f.wholeDecoding || !load.services.decoding().decodesPrefixes(ts)) {
            return;
        }
        int reduce = completeReduce(f, step, b, atEnd);
        if (reduce <= 0 || reduce >= f.ownReduce) {
            return;
        }
        if (f.prefixDecodeReduce >= 0) {
            f.prefixPending |= reduce < f.prefixDecodeReduce;
            return;
        }
        if (f.own != null && !worthBeforeTheEnd(f, step, b, reduce, atEnd)) {
            return;
        }
        f.prefixDecodeReduce = reduce;
        submit(f, step, form, new EncodedFrame(f.key, ts, pixel(f, step), b.data(), b.length(), false), reduce,
                false, null);
    }

    /**
     * Whether a prefix decode at {@code reduce} ends before the frame's last byte lands: while this step streams
     * to the frame's end, at the rate it has brought bytes; at the end of a range, through the frame's next
     * request at the rate and first-byte wait of this load's requests.
     */
    private boolean worthBeforeTheEnd(FrameLoad f, PlannedRequest step, FormBytes b, int reduce, boolean atEnd) {
        PublishedLevels published = f.instance.levelsOf(f.key.frameNumber(), FormKeys.framesPath(step.options()),
                b.transferSyntaxUid());
        long length = b.frameLength() > 0 ? b.frameLength() : published != null ? published.length() : -1;
        if (length <= 0) {
            return true;
        }
        double nanosLeft = atEnd ? nanosThroughNextStep(f, length - b.length()) : nanosInThisStep(f, step, b, length);
        if (nanosLeft < 0) {
            return true;
        }
        PixelDescriptor p = pixel(f, step);
        long pixels = (long) LevelChoice.size(p.columns(), reduce) * LevelChoice.size(p.rows(), reduce);
        return PrefixWorth.decode(pixels, load.decodeCost.nanosPerPixel(), nanosLeft);
    }

    /** Nanoseconds until this step's last byte, when it streams to the frame's end; else -1. */
    private static double nanosInThisStep(FrameLoad f, PlannedRequest step, FormBytes b, long length) {
        Integer index = step.options().rangeIndex();
        boolean toTheEnd = index == null || index < 0;
        long sinceFirst = System.nanoTime() - f.stepContentNanos;
        if (!toTheEnd || f.stepContentNanos < 0 || sinceFirst <= 0 || b.length() <= f.stepContentFrom) {
            return -1;
        }
        // the faster of the whole step's rate and its recent one: a late prefix decode slows the final one down
        double rate = Math.max((double) (b.length() - f.stepContentFrom) / sinceFirst, f.recentRate);
        return (length - b.length()) / rate;
    }

    /**
     * Nanoseconds until the frame's next step has brought {@code left} bytes, when that step comes next at the
     * frame's rank (not held back for the display); else -1.
     */
    private double nanosThroughNextStep(FrameLoad f, long left) {
        PlannedRequest next = f.steps.peek();
        if (next == null || f.displayLimited || load.paused) {
            return -1;
        }
        return arrival.nanosFor(left);
    }

    /** A request of this load ended: how its bytes came. */
    void requestEnded(org.glimpse.api.transport.RequestMetrics metrics) {
        arrival.ended(metrics);
    }

    /** The smallest reduce complete in the bytes held (0 only with the whole frame), or -1. */
    private int completeReduce(FrameLoad f, PlannedRequest step, FormBytes b, boolean atEnd) {
        PublishedLevels levels = f.instance.levelsOf(f.key.frameNumber(), FormKeys.framesPath(step.options()),
                b.transferSyntaxUid());
        int reduce;
        int deepest;
        if (levels != null) {
            reduce = -1;
            deepest = levels.decompositions();
            for (int r = deepest; r >= 1; r--) {
                if (levels.endOfReduce(r) <= b.length()) {
                    reduce = r;
                }
            }
        } else {
            reduce = inspect(f, step, b, atEnd);
            deepest = Math.max(reduce, b.inspectedDecompositions());
        }
        Integer cap = step.options().decodeLevel();
        // a stage's level cap deeper than the codestream's levels means its lowest level
        return reduce > 0 && cap != null ? Math.max(reduce, Math.min(cap, deepest)) : reduce;
    }

    private int inspect(FrameLoad f, PlannedRequest step, FormBytes b, boolean atEnd) {
        int last = b.inspectedAt();
        if (!atEnd && last >= 0 && b.length() - last < Math.max(INSPECT_STEP, last / 4)) {
            return b.inspectedReduce(last);
        }
        try {
            CodestreamLevels found = load.services.decoding().inspect(new EncodedFrame(f.key, b.transferSyntaxUid(), pixel(f, step),
                    b.data(), b.length(), false));
            b.inspected(b.length(), found.completeReduce(), found.decompositions());
        } catch (DecodeException e) {
            b.inspected(b.length(), -1, 0);
        }
        return b.inspectedReduce(b.length());
    }

    private void submit(FrameLoad f, PlannedRequest step, String form, EncodedFrame bytes, int reduce, boolean whole,
            PixelBuffer target) {
        f.decodesInFlight++;
        f.trace.decodeAsked(load.elapsed());
        RequestType type = type(f, step);
        int rank = DecodeRank.of(inFront(f), type, priority(f, step), whole, load.views.distance(f.index));
        DecodeJob job = new DecodeJob(load, bytes, reduce, rank, target, new DecodeDone(load, f, step, form, bytes,
                whole, target != null));
        if (!whole) {
            f.prefixJob = job;
        }
        gate.submit(job, inFront(f) || type.compareTo(RequestType.PREFETCH) < 0);
    }

    /** A decode of this load returned (image or failure): held fill-in decodes may go. */
    void decodeReturned(DecodeDone done) {
        gate.returned(done, load.cancelRequested);
    }

    /** What the decoder must find: the instance's pixel module, at the size of a reduced rendition when it is one. */
    private static PixelDescriptor pixel(FrameLoad f, PlannedRequest step) {
        PixelDescriptor p = f.instance.pixel();
        ReducedRendition r = f.instance.renditionAt(FormKeys.framesPath(step.options()));
        return r == null ? p : new PixelDescriptor(r.rows(), r.columns(), p.samplesPerPixel(), p.bitsAllocated(),
                p.bitsStored(), p.pixelRepresentation(), p.photometricInterpretation(), p.planarConfiguration());
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

    /** Cancels a frame's running request (it is final or failed); a cancelled exchange reports nothing more. */
    static void dropExchange(FrameLoad f) {
        FrameExchange ex = f.exchange;
        f.exchange = null;
        if (ex != null) {
            ex.cancel();
        }
    }
}
