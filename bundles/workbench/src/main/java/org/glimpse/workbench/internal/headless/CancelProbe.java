package org.glimpse.workbench.internal.headless;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.glimpse.api.loader.SeriesLoad;

/**
 * Closes a series mid-load, as a user closing its viewer does, and times the cancel: from the call to the moment
 * its future completes (nothing of the series in flight any more, the loader's buffers released).
 */
final class CancelProbe {

    private final CompletableFuture<Long> nanos = new CompletableFuture<>();
    private volatile long callNanos = -1;

    private CancelProbe() {
    }

    /** Cancels {@code load} {@code delayMillis} after {@code t0} (a {@link System#nanoTime()}), on a thread of its own. */
    static CancelProbe after(SeriesLoad load, long t0, long delayMillis) {
        CancelProbe p = new CancelProbe();
        Thread t = new Thread(() -> p.run(load, t0 + TimeUnit.MILLISECONDS.toNanos(delayMillis)), "glimpse-cancel");
        t.setDaemon(true);
        t.start();
        return p;
    }

    private void run(SeriesLoad load, long at) {
        try {
            long wait = at - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            long start = System.nanoTime();
            CompletableFuture<?> cancelled = load.cancel();
            callNanos = System.nanoTime() - start;
            cancelled.get(60, TimeUnit.SECONDS);
            nanos.complete(System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            nanos.completeExceptionally(e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            nanos.completeExceptionally(e);
        }
    }

    /** Nanoseconds the call to cancel took to return (the rest of the time is waiting for its future), or -1. */
    long callNanos() {
        return callNanos;
    }

    /** Nanoseconds the cancel took, or -1 when it did not complete within {@code timeoutSeconds}. */
    long await(long timeoutSeconds) throws InterruptedException {
        try {
            return nanos.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return -1;
        }
    }
}
