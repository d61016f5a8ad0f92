package org.glimpse.loader.internal.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * A window on the encoded bytes of whole frames asked for and not yet decoded. Unthrottled, frames arrive
 * faster than two cores decode them, and without a bound every frame's bytes waited in the heap for a decoder
 * (about half a volume's pixel bytes for lossless data). A request that brings a frame's whole bytes or its
 * rest (a fill-in) is asked only while the bytes admitted and not yet decoded stay under the limit; the others
 * wait here, in the order the transport would serve them, and go when decodes release bytes. First looks never
 * wait: the frame in view, a bounded first range (a level, a blind chunk) and a server-made rendition are asked
 * at once and not counted.
 *
 * <p>The limit is the decoders' rate times {@link #LEAD_SECONDS} (so they never run dry while the link
 * refills the window: a request's answer starts within a few milliseconds unthrottled, and a throttled link is
 * slower than the decoders, so the window is seldom full there), between {@link #MIN_BYTES} and
 * {@link #MAX_BYTES}: small against a volume, large enough for both the link and the decoders to stay busy. A request is admitted while anything is under the
 * limit, so a frame larger than the limit is still fetched (one at a time). Guarded by the load's lock.
 */
final class FetchWindow {

    /** The limit before any decode returned, and its floor. */
    static final long MIN_BYTES = 4L << 20;
    /** The limit's ceiling, whatever the decode rate. */
    static final long MAX_BYTES = 32L << 20;
    /**
     * Seconds of decoding the window holds: the decoders' own time per frame (not the wait in a worker's second
     * slot), so 50 ms of it keeps both busy while a request's answer starts, and no more bytes wait undecoded.
     */
    static final double LEAD_SECONDS = 0.05;

    /**
     * Where a held fill-in stands, as the transport would serve it: request type, stage priority, distance from the
     * frame in view (lower first, each).
     */
    record Rank(int type, int priority, int distance) {
    }

    private record Held(FrameLoad frame, Rank rank, long sequence) {
    }

    private static final Comparator<Held> ORDER = Comparator.<Held>comparingInt(h -> h.rank.type())
            .thenComparingInt(h -> h.rank.priority()).thenComparingInt(h -> h.rank.distance())
            .thenComparingLong(Held::sequence);

    private final IntSupplier decoders;
    private final Function<FrameLoad, Rank> rank;
    private final Map<FrameLoad, Long> charges = new IdentityHashMap<>();
    /** Ranked once when held (a volume holds thousands: re-ranking each at every pick was quadratic). */
    private final PriorityQueue<Held> held = new PriorityQueue<>(ORDER);
    private final Map<FrameLoad, Held> holding = new IdentityHashMap<>();
    /** The frame {@link #next()} returned last, until it asks to be admitted. */
    private FrameLoad polled;
    private long sequence;
    private long charged;
    private long decodedBytes;
    private double decodeSeconds;

    /**
     * @param decoders decodes that run at once (each decodes at the measured rate)
     * @param rank where a frame's current step stands among the held ones
     */
    FetchWindow(IntSupplier decoders, Function<FrameLoad, Rank> rank) {
        this.decoders = decoders;
        this.rank = rank;
    }

    /** Bytes of whole frames that may be asked for and not yet decoded. */
    long limit() {
        if (decodedBytes <= 0 || decodeSeconds <= 0) {
            return MIN_BYTES;
        }
        double rate = decodedBytes / decodeSeconds * Math.max(1, decoders.getAsInt());
        return Math.max(MIN_BYTES, Math.min(MAX_BYTES, (long) (rate * LEAD_SECONDS)));
    }

    /**
     * Counts {@code bytes} to come for frame {@code f} when there is room (anything under the limit); false
     * when the request must wait ({@link #hold}).
     */
    boolean admit(FrameLoad f, long bytes) {
        // the frame just taken from the waiting ones is their first (its rank may have moved since it was held)
        boolean taken = f == polled;
        polled = null;
        if (charged >= limit() || !taken && waitingBefore(f)) {
            return false;
        }
        release(f);
        long n = Math.max(0, bytes);
        charges.put(f, n);
        charged += n;
        return true;
    }

    /**
     * Whether a frame that waits here goes before {@code f}'s step in the transport's order: then room freed by a
     * decode is its, not that of a step asked meanwhile (a frame whose first range had just ended asked its rest
     * in the room a decode freed, ahead of the whole frames of earlier stages waiting here: Cornerstone3D's
     * interleaved CT fetched the rests of its far slices before the whole slices next to them).
     */
    private boolean waitingBefore(FrameLoad f) {
        Held first = held.peek();
        if (first == null || holding.containsKey(f)) {
            return false;
        }
        Rank mine = rank.apply(f);
        return ORDER.compare(first, new Held(f, mine, Long.MAX_VALUE)) < 0;
    }

    /** The frame's admitted bytes are now known to be {@code bytes} (its response said its length). */
    void recount(FrameLoad f, long bytes) {
        Long before = charges.get(f);
        if (before != null && bytes >= 0) {
            charges.put(f, bytes);
            charged += bytes - before;
        }
    }

    /** The frame's bytes were decoded, or will not be (its request ended short, it failed, it is final). */
    void release(FrameLoad f) {
        Long n = charges.remove(f);
        if (n != null) {
            charged -= n;
        }
    }

    /** A whole frame's {@code bytes} were decoded in {@code millis}: the decode rate the limit follows. */
    void decoded(long bytes, double millis) {
        if (bytes > 0 && millis > 0) {
            decodedBytes += bytes;
            decodeSeconds += millis / 1e3;
        }
    }

    /** The frame's current step waits for room; what it had admitted before is done with (nothing is in flight). */
    void hold(FrameLoad f) {
        release(f);
        if (!holding.containsKey(f)) {
            Held h = new Held(f, rank.apply(f), sequence++);
            holding.put(f, h);
            held.add(h);
        }
    }

    /** Takes the frame out of the waiting ones (it came into view); false when it was not waiting. */
    boolean unhold(FrameLoad f) {
        Held h = holding.remove(f);
        return h != null && held.remove(h);
    }

    /** The waiting frame to ask next, when there is room; else null. */
    FrameLoad next() {
        if (held.isEmpty() || charged >= limit()) {
            return null;
        }
        Held h = held.poll();
        holding.remove(h.frame());
        polled = h.frame();
        return polled;
    }

    /** Ranks the held frames again (the view moved, or grew), keeping their order among equals. */
    void rerank() {
        List<Held> all = new ArrayList<>(held);
        held.clear();
        for (Held h : all) {
            Held again = new Held(h.frame(), rank.apply(h.frame()), h.sequence());
            holding.put(h.frame(), again);
            held.add(again);
        }
    }

    /** Forgets everything (the load is cancelled). */
    void clear() {
        held.clear();
        holding.clear();
        charges.clear();
        charged = 0;
    }

    long charged() {
        return charged;
    }

    int waiting() {
        return held.size();
    }
}
