package org.glimpse.codec.internal.worker;

import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * A worker's watch for requests while a load has just begun: the load's first decode comes within the link's
 * latency, and a worker that sleeps on its pipe must then be woken through it (a write, a wake-up of its
 * process, and on a virtual machine often of an idle core). The worker looks every {@link #POLL_NANOS} and
 * parks in between, so that it holds no core while it waits (a spinning watch would take one from the load's
 * own threads, which need it then).
 */
final class ReadyWatch {

    /** Between two looks: a decode waits at most about this long (plus the timer's slack) for the worker. */
    static final long POLL_NANOS = 100_000;

    private ReadyWatch() {
    }

    /**
     * Whether {@code done} became true while {@code until} (a {@link System#nanoTime()}, 0 for none) lies ahead;
     * {@code until} is read at each look, so that a later load extends the watch.
     */
    static boolean until(BooleanSupplier done, LongSupplier until) {
        long end;
        while ((end = until.getAsLong()) != 0 && System.nanoTime() - end < 0) {
            if (done.getAsBoolean()) {
                return true;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        return done.getAsBoolean();
    }
}
