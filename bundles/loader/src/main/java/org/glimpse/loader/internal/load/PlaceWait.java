package org.glimpse.loader.internal.load;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Whether a frame's whole decode waits for its place in the slab rather than taking an array of its own: it does
 * when the place is held only by parts lent to reduced images ({@link ReducedPlaces}) whose frames' whole decodes
 * are on their way, each of which gives its part back when its final image is shown, a few milliseconds later.
 * Requests and decodes run side by side (six connections, two cores, the window on undecoded bytes), so a lender's
 * whole bytes often landed just before its borrowers' finals were shown: Cornerstone3D's interleaved CT decoded a
 * dozen of its last slices beside their places, 6 MB of arrays of their own, garbage once copied out or the load
 * ended. A holder may itself wait for its own place (chains of lenders), never for one that waits for this one.
 * A wait is given up (the decode goes at once, into an array of its own) as soon as one of those finals fails or
 * is not shown. Under the load's lock.
 */
final class PlaceWait {

    /** The longest a whole decode waits for its place: a few of the decodes it waits for. */
    static final long LONGEST_WAIT_MILLIS = 200;

    private final SeriesLoading load;
    private final List<FrameLoad> waiting = new ArrayList<>();

    PlaceWait(SeriesLoading load) {
        this.load = load;
    }

    /**
     * Holds frame {@code f}'s whole decode until its place is wholly free, when that comes by itself; false when
     * it does not (the decode goes now).
     */
    boolean waitForPlace(FrameLoad f, Runnable decode) {
        if (!freedSoon(f)) {
            return false;
        }
        // waiting counts as a decode in flight: the frame is not quiet and its bytes stay
        f.decodesInFlight++;
        Runnable go = () -> {
            waiting.remove(f);
            f.decodesInFlight--;
            if (!load.cancelRequested && f.failure == null && !f.finalReached) {
                decode.run();
            }
        };
        f.wholeWaitingForPlace = go;
        waiting.add(f);
        // whatever this class did not foresee, a decode never waits longer than that for its place
        load.services.timer().schedule(giveUp(load, f, go), LONGEST_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        return true;
    }

    /**
     * Runs the wait {@code go} if it still waits. It holds the load weakly: a cancelled load (its slabs) must not
     * stay reachable from the timer's queue until the task's time comes.
     */
    private static Runnable giveUp(SeriesLoading load, FrameLoad f, Runnable go) {
        WeakReference<SeriesLoading> loadRef = new WeakReference<>(load);
        WeakReference<FrameLoad> frameRef = new WeakReference<>(f);
        WeakReference<Runnable> goRef = new WeakReference<>(go);
        return () -> {
            SeriesLoading l = loadRef.get();
            FrameLoad frame = frameRef.get();
            if (l == null || frame == null) {
                return;
            }
            synchronized (l.lock) {
                Runnable waiting = goRef.get();
                if (waiting != null && frame.wholeWaitingForPlace == waiting) {
                    frame.runWaitingWhole();
                }
            }
        };
    }

    /** A final image of this load failed or was not shown: waits whose part will not come back go now. */
    void recheck() {
        for (FrameLoad f : List.copyOf(waiting)) {
            if (!freedSoon(f)) {
                f.runWaitingWhole();
            }
        }
    }

    /** The load is cancelled: no waiting decode will go. */
    void cancelled() {
        for (FrameLoad f : waiting) {
            f.wholeWaitingForPlace = null;
            f.decodesInFlight--;
        }
        waiting.clear();
    }

    /**
     * Whether every holder of the parts lent from {@code f}'s place is a frame whose whole decode was asked (no
     * decode still writes into a part: a reduced image not yet shown may never be), and, when that decode waits
     * for a place of its own, whose wait does not come back to {@code f} (lenders form chains, each place's
     * borrower lending its own place further on: the chain goes once its last frame's decode ends).
     */
    private boolean freedSoon(FrameLoad f) {
        if (!f.lendsParts() || f.slotTaken || load.slabs == null) {
            return false;
        }
        Map<FrameLoad, List<FrameLoad>> showing = new IdentityHashMap<>();
        for (FrameLoad g : load.frames) {
            if (g.shownPart != null) {
                showing.computeIfAbsent(g.shownPart.host, h -> new ArrayList<>(4)).add(g);
            }
        }
        return comesBack(f, f, showing, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /** Whether the parts lent from {@code place}'s place all come back without waiting for {@code f}. */
    private static boolean comesBack(FrameLoad place, FrameLoad f, Map<FrameLoad, List<FrameLoad>> showing,
            Set<FrameLoad> seen) {
        int holders = 0;
        for (PlacePart p : place.lentParts) {
            holders += p.holders();
        }
        List<FrameLoad> finals = showing.getOrDefault(place, List.of());
        if (finals.size() != holders || !seen.add(place)) {
            return false;
        }
        for (FrameLoad g : finals) {
            if (g == f || !g.wholeDecoding || g.failure != null
                    || g.wholeWaitingForPlace != null && !comesBack(g, f, showing, seen)) {
                return false;
            }
        }
        return true;
    }
}
