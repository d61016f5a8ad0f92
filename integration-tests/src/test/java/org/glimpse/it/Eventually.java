package org.glimpse.it;

import java.util.function.Supplier;

/** Waits for a condition that another thread (SCR, Config Admin, fileinstall) makes true, never sleeping blindly. */
final class Eventually {

    private static final long TIMEOUT_MILLIS = 15_000;

    private Eventually() {
    }

    /** Returns the first value for which {@code done} holds; fails with {@code what} and the last value. */
    static <T> T until(String what, Supplier<T> value, java.util.function.Predicate<T> done) {
        return until(what, value, done, TIMEOUT_MILLIS);
    }

    /** As {@link #until(String, Supplier, java.util.function.Predicate)}, giving up after {@code timeoutMillis}. */
    static <T> T until(String what, Supplier<T> value, java.util.function.Predicate<T> done, long timeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        T last = value.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up after " + timeoutMillis + " ms waiting for " + what
                        + "; last value: " + last);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
            last = value.get();
        }
        return last;
    }
}
