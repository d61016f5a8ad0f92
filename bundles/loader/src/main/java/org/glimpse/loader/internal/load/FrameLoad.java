package org.glimpse.loader.internal.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glimpse.api.frame.FrameFailure;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.loader.FrameMetrics;
import org.glimpse.api.loader.LevelEvent;
import org.glimpse.api.retrieve.PlannedRequest;
import org.glimpse.api.transport.FrameExchange;
import org.glimpse.loader.internal.decode.DecodeJob;
import org.glimpse.loader.internal.store.FrameSlabs;

/**
 * One frame's state while its series loads: the plan's steps still to go, the bytes held per stored form,
 * the best image of its own (status and reduce, which only ever improve) or lent by a neighbour, and what
 * is in flight. Guarded by the series load's lock.
 */
final class FrameLoad {

    final int index;
    final FrameKey key;
    final InstanceDescriptor instance;
    final Deque<PlannedRequest> steps = new ArrayDeque<>();
    final Map<String, FormBytes> forms = new HashMap<>();
    final List<LevelEvent> levels = new ArrayList<>();
    final FirstImageTrace trace = new FirstImageTrace();
    final FinalImageTrace finalTrace = new FinalImageTrace();
    String planSyntax;
    PlannedRequest current;
    FrameExchange exchange;
    /** The frame's next step, asked while the current one still brings its bytes, or null. */
    RangeAhead.Request ahead;
    /** When the current step's request went out and its response head came back (ns from the load), or -1. */
    long stepSentNanos = -1;
    long stepHeadNanos = -1;
    /** The end (exclusive) of the current step's range, or -1 when it runs to the frame's end. */
    long stepEnd = -1;
    ImageQualityStatus own;
    int ownReduce = Integer.MAX_VALUE;
    ImageQualityStatus lent;
    int decodesInFlight;
    int prefixDecodeReduce = -1;
    /** The prefix decode asked and not returned (null when none), taken back if it waits when the whole is asked. */
    DecodeJob prefixJob;
    /** Whether a decode of the frame's whole bytes is on its way: no prefix decode is worth starting then. */
    boolean wholeDecoding;
    boolean prefixPending;
    boolean displayLimited;
    boolean fullQualityWanted;
    boolean finalReached;
    boolean wholeDecodeRetried;
    boolean settled;
    /** Whether the frame's place in its slab is taken: a decode writes there, or the image shown lives there. */
    boolean slotTaken;
    /** Whether the slab that holds the frame's place was made to exist ({@link #prepareSlot}). */
    boolean slotPrepared;
    /** Values of the place lent since it was last wholly free: the next part starts there. */
    int partsUsed;
    /** Parts of this frame's place lent to other frames' reduced images and not yet back ({@link PlacePart}). */
    final List<PlacePart> lentParts = new ArrayList<>(4);
    /**
     * The frame's whole decode, waiting for the parts of its place to come back (their frames' final images are
     * on their way), or null: run once the last part is back, or when one of those finals fails.
     */
    Runnable wholeWaitingForPlace;
    /** The lent part of a place that the image this frame shows lives in (its own or a neighbour's), or null. */
    PlacePart shownPart;
    FrameFailure failure;
    FrameFailure transportFailure;
    long firstShownNanos = -1;
    ImageQualityStatus firstShownStatus;
    long finalNanos = -1;
    long bytes;
    /** When the running step's first bytes came, and how many were held then (its arrival rate), or -1. */
    long stepContentNanos = -1;
    int stepContentFrom;
    /** The running step's rate over its last {@link #RATE_WINDOW_NANOS} or more, in bytes per ns, or -1. */
    double recentRate = -1;
    private long rateMarkNanos = -1;
    private int rateMarkBytes;

    /** How long a window the recent rate is measured over: many reads, and short beside a frame's transfer. */
    static final long RATE_WINDOW_NANOS = 10_000_000;
    List<PlannedRequest> allSteps = List.of();

    FrameLoad(int index, FrameKey key, InstanceDescriptor instance) {
        this.index = index;
        this.key = key;
        this.instance = instance;
    }

    /** The running step's first bytes came: its rates start over. */
    void stepContentStarted(long now, int held) {
        stepContentNanos = now;
        stepContentFrom = held;
        recentRate = -1;
        rateMarkNanos = now;
        rateMarkBytes = held;
    }

    /**
     * Bytes held now: the recent rate moves on. Bytes do not come at one rate: over loopback they came at 13 MB/s
     * in a response's first 140 ms and at 85 MB/s after, so the rate since the first byte said 380 ms were left
     * where 60 ms were.
     */
    void arrived(long now, int held) {
        long span = now - rateMarkNanos;
        if (rateMarkNanos >= 0 && span >= RATE_WINDOW_NANOS) {
            recentRate = (double) (held - rateMarkBytes) / span;
            rateMarkNanos = now;
            rateMarkBytes = held;
        }
    }

    /** What the frame shows now: its own image's status, else a neighbour's lent status, else null. */
    ImageQualityStatus shown() {
        return own != null ? own : lent;
    }

    /** Whether nothing more will happen to this frame: final, failed, or its steps done with nothing in flight. */
    boolean quiet() {
        return finalReached || failure != null || (current == null && steps.isEmpty() && exchange == null
                && decodesInFlight == 0);
    }

    void firstShown(long nanos, ImageQualityStatus status) {
        if (firstShownNanos < 0) {
            firstShownNanos = nanos;
            firstShownStatus = status;
        }
    }

    FrameMetrics metrics() {
        return new FrameMetrics(key, index, firstShownNanos, firstShownStatus, finalNanos, bytes, levels, failure);
    }

    /**
     * The frame's place in its series' slab for a full-size decode, or null when another decode writes there or
     * an image shown lives there, the frame's own or another's lent a part of it (a decode must never write under
     * an image the host holds).
     */
    PixelBuffer claimSlot(FrameSlabs slabs) {
        PixelBuffer slot = slotTaken || lendsParts() || slabs == null ? null : slabs.slot(index);
        slotTaken |= slot != null;
        return slot;
    }

    /**
     * The frame now shows an image that lives in {@code part} (held for this frame), or in memory of its own.
     * Returns the part the image shown before lives in, still held: the host draws that image until it has the
     * new one, so the caller lets the part go ({@link PlacePart#release}) only after handing the new image over.
     * Letting it go here had a lender's waiting whole decode write into its place while the host, not yet
     * handed the better image, still drew the reduced one there.
     */
    PlacePart shows(PlacePart part) {
        PlacePart before = shownPart;
        shownPart = part;
        return before;
    }

    /** A part of this frame's place came back; once all have, the place is wholly free again. */
    void partReturned(PlacePart part) {
        lentParts.remove(part);
        if (!lendsParts()) {
            partsUsed = 0;
            runWaitingWhole();
        }
    }

    /** Whether parts of this frame's place are lent and not yet back. */
    boolean lendsParts() {
        return !lentParts.isEmpty();
    }

    /** Runs the whole decode that waited for this frame's place, if one does. */
    void runWaitingWhole() {
        Runnable waiting = wholeWaitingForPlace;
        wholeWaitingForPlace = null;
        if (waiting != null) {
            waiting.run();
        }
    }

    /**
     * Makes the frame's place in its slab exist before its whole bytes land: a slab is a large array, and
     * allocating it (and the collection that may come with it) when the last byte had landed held the whole
     * frame's decode back by 35 to 240 ms on a busy machine. The place is not claimed.
     */
    void prepareSlot(FrameSlabs slabs) {
        if (!slotPrepared && slabs != null) {
            slotPrepared = true;
            slabs.slot(index);
        }
    }

    /**
     * Drops the bytes held: after the final image, a failure, or a cancel. Their arrays go back for other frames
     * when no decode of this frame reads them any more; else they are left to the collector.
     */
    void releaseBytes() {
        if (decodesInFlight == 0) {
            forms.values().forEach(FormBytes::recycle);
        }
        forms.clear();
    }
}
