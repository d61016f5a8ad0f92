package org.glimpse.codec.internal.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Waiting decodes, lowest priority number first, then in submission order; a waiting decode can move. Decodes
 * that run in this JVM are handed out only while fewer than {@code inProcessLimit} of them run (one per core
 * the pool uses), those that run in worker processes whenever a decoder thread asks: a thread never holds a
 * decode it cannot start, so a priority change reaches every decode not yet running.
 */
final class DecodeQueue {
    private static final Comparator<QueuedDecode> ORDER = Comparator.comparingInt(QueuedDecode::queuedPriority)
            .thenComparingLong(QueuedDecode::sequence);
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition ready = lock.newCondition();
    private final TreeSet<QueuedDecode> inWorkers = new TreeSet<>(ORDER);
    private final TreeSet<QueuedDecode> inProcess = new TreeSet<>(ORDER);
    private int inProcessFree;
    private boolean closed;

    DecodeQueue(int inProcessLimit) {
        this.inProcessFree = inProcessLimit;
    }

    private TreeSet<QueuedDecode> setOf(QueuedDecode d) {
        return d.inWorker() ? inWorkers : inProcess;
    }

    void add(QueuedDecode d) {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the decode service has stopped; " + d.frame().key()
                        + " was not queued");
            }
            setOf(d).add(d);
            ready.signal();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The next decode a thread can start (an in-process one takes one of the permits, given back with
     * {@link #finished}), or null once the queue is closed.
     */
    QueuedDecode take() throws InterruptedException {
        lock.lock();
        try {
            while (!closed) {
                QueuedDecode w = inWorkers.isEmpty() ? null : inWorkers.first();
                QueuedDecode p = inProcess.isEmpty() || inProcessFree == 0 ? null : inProcess.first();
                if (w != null || p != null) {
                    QueuedDecode d = p == null || w != null && ORDER.compare(w, p) < 0 ? w : p;
                    setOf(d).remove(d);
                    if (d == p) {
                        inProcessFree--;
                    }
                    if (!inWorkers.isEmpty() || !inProcess.isEmpty() && inProcessFree > 0) {
                        ready.signal(); // another thread can take what is left
                    }
                    return d;
                }
                ready.await();
            }
            return null;
        } finally {
            lock.unlock();
        }
    }

    /** A decode {@link #take} handed out has ended (or was never started). */
    void finished(QueuedDecode d) {
        if (d.inWorker()) {
            return;
        }
        lock.lock();
        try {
            inProcessFree++;
            ready.signal();
        } finally {
            lock.unlock();
        }
    }

    boolean remove(QueuedDecode d) {
        lock.lock();
        try {
            return setOf(d).remove(d);
        } finally {
            lock.unlock();
        }
    }

    /** Re-sorts a waiting decode under its new priority; false when it is no longer waiting. */
    boolean move(QueuedDecode d, int priority) {
        lock.lock();
        try {
            if (!setOf(d).remove(d)) {
                return false;
            }
            d.setQueuedPriority(priority);
            setOf(d).add(d);
            return true;
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return inWorkers.size() + inProcess.size();
        } finally {
            lock.unlock();
        }
    }

    /** Stops the queue and hands back what was still waiting. */
    List<QueuedDecode> close() {
        lock.lock();
        try {
            closed = true;
            List<QueuedDecode> left = new ArrayList<>(inWorkers);
            left.addAll(inProcess);
            inWorkers.clear();
            inProcess.clear();
            ready.signalAll();
            return left;
        } finally {
            lock.unlock();
        }
    }
}
