package org.glimpse.workbench.internal.headless;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The most heap in use while a series loads, above what was in use when it started: sampled every few
 * milliseconds on a thread of its own, so it includes garbage not yet collected and is an upper bound of
 * what the load holds.
 */
final class HeapWatch implements AutoCloseable {

    private static final long PERIOD_MILLIS = 5;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final long baseline;
    private final Thread sampler;
    private volatile long peak;
    private volatile boolean running = true;

    HeapWatch() {
        memory.gc();
        baseline = used();
        peak = baseline;
        sampler = new Thread(this::sample, "glimpse-heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (running) {
            peak = Math.max(peak, used());
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Peak heap in use above the baseline, in bytes. */
    long peakAboveBaseline() {
        return Math.max(0, peak - baseline);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
