package org.glimpse.codec.internal.worker;

/**
 * Which of a worker's request slots callers hold: a caller claims a free one for its request and gives it back
 * once it has its reply; the worker is idle while none is held.
 */
final class RequestSlots {
    private final RequestSlot[] slots;
    private int inFlight;
    private long idleSince = System.nanoTime();

    RequestSlots(RequestSlot[] slots) {
        this.slots = slots;
    }

    /** The slots (for those that wait on them). */
    RequestSlot[] all() {
        return slots;
    }

    /** A free slot among the first {@code depth} for the calling thread, or null when they are taken. */
    synchronized RequestSlot claim(int depth) {
        if (inFlight >= depth) {
            return null;
        }
        for (RequestSlot s : slots) {
            if (!s.busy) {
                s.hold(Thread.currentThread());
                inFlight++;
                return s;
            }
        }
        return null;
    }

    /** Gives back a slot once its caller is done with its reply; returns the requests still held. */
    synchronized int release(RequestSlot s) {
        s.free();
        if (--inFlight == 0) {
            idleSince = System.nanoTime();
        }
        return inFlight;
    }

    /** Requests held by callers now (0, 1 or 2). */
    synchronized int inFlight() {
        return inFlight;
    }

    /** A caller other than the current thread that waits for its reply in a held slot, or null. */
    synchronized Thread otherWaiter() {
        for (RequestSlot o : slots) {
            if (o.busy && o.waiter != Thread.currentThread()) {
                return o.waiter;
            }
        }
        return null;
    }

    /** Milliseconds since the last request was given back (or the start). */
    synchronized long idleMillis() {
        return (System.nanoTime() - idleSince) / 1_000_000;
    }
}
