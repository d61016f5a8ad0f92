package org.glimpse.loader.internal.load;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.glimpse.loader.internal.decode.DecodeCallback;
import org.glimpse.loader.internal.decode.DecodeJob;

/**
 * Holds a load's fill-in decodes (PREFETCH and COMPUTE steps of frames not in view) while any of its first-look
 * decodes (the frame in view, INTERACTION and THUMBNAIL steps) is waiting or running: the decoders' queue orders
 * what waits, but a whole slice's decode that has started keeps its core, and on two cores the coarse levels of
 * a volume then waited behind whole slices whose rests arrived meanwhile. Guarded by the load's lock.
 */
final class DecodeGate {

    private final Consumer<DecodeJob> decoders;
    private final Predicate<DecodeJob> takeBack;
    private final Set<DecodeCallback> firstLooks = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Deque<DecodeJob> held = new ArrayDeque<>();

    /**
     * @param decoders where jobs go (the load's decoding queue)
     * @param takeBack takes a job back from the decoders before it starts; false when it has started or ended
     */
    DecodeGate(Consumer<DecodeJob> decoders, Predicate<DecodeJob> takeBack) {
        this.decoders = decoders;
        this.takeBack = takeBack;
    }

    /** Hands the job to the decoders now, or holds it when it is a fill-in and first looks are out. */
    void submit(DecodeJob job, boolean firstLook) {
        if (firstLook) {
            firstLooks.add(job.done());
            decoders.accept(job);
        } else if (firstLooks.isEmpty()) {
            decoders.accept(job);
        } else {
            held.add(job);
        }
    }

    /** A job returned; when it was the last first look out, the held fill-ins go (unless the load is cancelled). */
    void returned(DecodeCallback done, boolean cancelled) {
        if (firstLooks.remove(done) && firstLooks.isEmpty() && !cancelled) {
            while (!held.isEmpty()) {
                decoders.accept(held.poll());
            }
        }
    }

    /**
     * Takes back a job held here or waiting in the decoders: it never runs and calls nothing back, and a first look
     * taken back no longer holds the fill-ins. False when it has started or ended.
     */
    boolean withdraw(DecodeJob job) {
        boolean taken = held.removeIf(j -> j == job) || takeBack.test(job);
        if (taken) {
            returned(job.done(), false);
        }
        return taken;
    }

    /** Forgets what it holds (the load is cancelled: held jobs hold their targets, parts of the series' slabs). */
    void clear() {
        held.clear();
        firstLooks.clear();
    }

    int held() {
        return held.size();
    }
}
