package org.glimpse.codec.internal.worker;

import java.util.function.BooleanSupplier;

/**
 * Watches a condition another process will make true, for a moment, before the caller blocks on a pipe: a
 * thread that blocks lets its core idle, and waking an idle core (in a virtual machine above all) costs more
 * than a small decode. It does not yield: on a loaded machine a thread that yields waits behind every other
 * runnable one, where a blocked thread that is woken runs soon; the watch is short instead.
 */
final class SpinWait {

    private SpinWait() {
    }

    /** Whether {@code done} became true within {@code nanos}. */
    static boolean until(BooleanSupplier done, long nanos) {
        if (done.getAsBoolean()) {
            return true;
        }
        long deadline = System.nanoTime() + nanos;
        for (int i = 1; !done.getAsBoolean(); i++) {
            if ((i & 63) == 0 && System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.onSpinWait();
        }
        return true;
    }
}
