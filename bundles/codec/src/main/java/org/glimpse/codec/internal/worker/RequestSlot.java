package org.glimpse.codec.internal.worker;

/**
 * One of a worker's request slots: the shared regions its encoded bytes and decoded values cross through and,
 * while a caller holds it, that caller and the number of its request. Its worker's lock guards {@code busy};
 * its own guards {@code abandoned}.
 */
final class RequestSlot {
    final int index;
    final SharedRegion input;
    final SharedRegion output;
    boolean busy;
    boolean abandoned;
    volatile int sequence;
    volatile Thread waiter;
    long workerNanos;
    /** When the worker began the slot's last request, in this JVM's {@link System#nanoTime()}. */
    long beganNanos;
    /**
     * Until when (a {@link System#nanoTime()}, 0 for none) the caller looks for its reply every so often instead of
     * blocking on the pipe: a load just began and the cores are free (see {@link WorkerPool#getReady}).
     */
    long pollUntil;

    RequestSlot(int index, SharedRegion input, SharedRegion output) {
        this.index = index;
        this.input = input;
        this.output = output;
    }

    /** Taken by {@code caller} for its next request. */
    synchronized void hold(Thread caller) {
        busy = true;
        abandoned = false;
        sequence = 0;
        waiter = caller;
    }

    synchronized void free() {
        busy = false;
        sequence = 0;
        waiter = null;
    }
}
