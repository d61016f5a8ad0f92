package org.glimpse.loader.internal.load;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Consumer;
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
    private final Set<DecodeCallback> firstLooks = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Deque<DecodeJob> held = new ArrayDeque<>();

    /** @param decoders where jobs go (the load's decoding queue) */
    DecodeGate(Consumer<DecodeJob> decoders) {
        this.decoders = decoders;
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

    /** Forgets what it holds (the load is cancelled: held jobs hold their targets, parts of the series' slabs). */
    void clear() {
        held.clear();
        firstLooks.clear();
    }

    int held() {
        return held.size();
    }
}
