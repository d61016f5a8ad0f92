package org.glimpse.workbench.internal.headless;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

/**
 * The most heap in use while a series loads, garbage not yet collected included: a full collection at the
 * start (t0), then the heap in use sampled every few milliseconds and, exactly, just before every collection
 * during the load (the collector's own figure, where used heap peaks). Read through the platform MBeans only.
 */
final class HeapWatch implements AutoCloseable {

    private static final long PERIOD_MILLIS = 2;
    /** How long {@link #stop()} waits for the figures of collections that ran before it (sent a little later). */
    private static final long NOTIFICATION_WAIT_MILLIS = 100;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final List<String> heapPools = new ArrayList<>();
    private final NotificationListener beforeGc = this::collected;
    private final long atStart;
    private final Thread sampler;
    private volatile long peak;
    private volatile boolean running = true;
    /** JVM uptime in ms when the load ended: collections that started later do not count; until then none. */
    private volatile long stoppedAt = Long.MAX_VALUE;

    HeapWatch() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                heapPools.add(p.getName());
            }
        }
        memory.gc();
        atStart = used();
        peak = atStart;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(beforeGc, null, null);
            }
        }
        sampler = new Thread(this::sample, "glimpse-heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (running) {
            raise(used());
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A collection ended: the heap in use just before it, summed over the heap's pools. */
    private void collected(Notification n, Object handback) {
        if (!(n.getUserData() instanceof CompositeData data) || !data.containsKey("gcInfo")) {
            return;
        }
        Object info = data.get("gcInfo");
        if (info instanceof CompositeData gc && (Long) gc.get("startTime") <= stoppedAt
                && gc.get("memoryUsageBeforeGc") instanceof TabularData before) {
            long sum = 0;
            for (Object row : before.values()) {
                CompositeData r = (CompositeData) row;
                if (heapPools.contains(String.valueOf(r.get("key")))) {
                    sum += (Long) ((CompositeData) r.get("value")).get("used");
                }
            }
            raise(sum);
        }
    }

    private synchronized void raise(long used) {
        peak = Math.max(peak, used);
    }

    private long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Heap in use after the collection at t0, in bytes. */
    long atStart() {
        return atStart;
    }

    /** The most heap in use during the load above what was in use at t0, in bytes. */
    long peakAboveStart() {
        return Math.max(0, peak - atStart);
    }

    /**
     * The load ended: stops sampling, counts the collections that started before now (their figures come a little
     * later, on the JVM's notification thread), and returns {@link #peakAboveStart()}: what the host does after
     * the load (the metrics' JSON) is not the load's.
     */
    long stop() throws InterruptedException {
        running = false;
        raise(used());
        stoppedAt = ManagementFactory.getRuntimeMXBean().getUptime();
        Thread.sleep(NOTIFICATION_WAIT_MILLIS);
        close();
        return peakAboveStart();
    }

    /** Heap in use now above the start, after a full collection: what is still held. */
    long heldNow() {
        memory.gc();
        return used() - atStart;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                try {
                    e.removeNotificationListener(beforeGc);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // never added to this one
                }
            }
        }
    }
}
