package org.glimpse.codec.internal.worker;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.locks.LockSupport;

/**
 * How callers wait for a worker's replies. A reply is a word in the control block; a caller that waits for it
 * says so there, and the worker then writes a wake-up byte into its output. Of two callers waiting on one
 * worker, one reads that pipe and wakes the other when that one's reply comes; the other parks until then or
 * until the pipe is left to it. Bytes a native library printed into the pipe are read and dropped like wake-ups.
 */
final class ReplyWait {
    private final ControlBlock control;
    private final InputStream replies;
    private final RequestSlots slots;
    private final byte[] drain = new byte[4096];
    private Thread reader;
    private volatile boolean hungUp;
    private volatile long bytesRead;

    ReplyWait(ControlBlock control, InputStream replies, RequestSlots slots) {
        this.control = control;
        this.replies = replies;
        this.slots = slots;
    }

    /**
     * Waits for the reply to request {@code seq} in {@code slot}: watches the control block for {@code watch} ns,
     * looks at it every so often until the slot's {@code pollUntil}, then reads the worker's output or parks while
     * another caller reads it.
     *
     * @throws IOException when the worker closed its output (it died)
     */
    void await(RequestSlot slot, int seq, long watch) throws IOException {
        int s = slot.index;
        if (watch > 0) {
            SpinWait.until(() -> control.reply(s) == seq || hungUp, watch);
        }
        long poll = slot.pollUntil;
        if (poll != 0) {
            ReadyWatch.until(() -> control.reply(s) == seq || hungUp, () -> poll);
        }
        while (control.reply(s) != seq) {
            if (hungUp) {
                throw new IOException("the decoder process closed its output");
            }
            if (!lead()) {
                LockSupport.park(this);
                continue;
            }
            try {
                control.clientParked(true);
                while (control.reply(s) != seq) {
                    // a reply published before the flag was up came without a wake-up: look for it first
                    wakeAnswered(slot);
                    int n = replies.read(drain);
                    if (n < 0) {
                        hungUp = true;
                        throw new IOException("the decoder process closed its output");
                    }
                    bytesRead += n;
                }
            } finally {
                Thread next = leave();
                if (next != null) {
                    LockSupport.unpark(next);
                }
            }
        }
    }

    /** Bytes read from the worker's output: its wake-ups (and any chatter of a native library). */
    long bytesRead() {
        return bytesRead;
    }

    private synchronized boolean lead() {
        if (reader != null) {
            return false;
        }
        reader = Thread.currentThread();
        return true;
    }

    /** Leaves the pipe; returns the other waiting caller, which takes it over. */
    private synchronized Thread leave() {
        control.clientParked(false);
        reader = null;
        return slots.otherWaiter();
    }

    /** Wakes the caller of another slot whose reply came in. */
    private void wakeAnswered(RequestSlot mine) {
        for (RequestSlot o : slots.all()) {
            Thread w = o.waiter;
            if (o != mine && w != null && o.sequence != 0 && control.reply(o.index) == o.sequence) {
                LockSupport.unpark(w);
            }
        }
    }
}
