package org.glimpse.codec.internal.worker;

import java.util.function.BooleanSupplier;

/**
 * Watches a condition another process will make true, for a moment, before the caller blocks on a pipe: a
 * thread that blocks lets its core idle, and waking an idle core (in a virtual machine above all) costs more
 * than a small decode. The watch yields to any other runnable thread, so it only uses a core nobody wants.
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
            if ((i & 31) == 0) {
                if (System.nanoTime() - deadline > 0) {
                    return false;
                }
                Thread.yield();
            } else {
                Thread.onSpinWait();
            }
        }
        return true;
    }
}
