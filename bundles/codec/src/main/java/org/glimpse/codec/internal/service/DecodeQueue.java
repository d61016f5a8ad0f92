package org.glimpse.codec.internal.service;

import java.util.Comparator;
import java.util.TreeSet;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** Waiting decodes, lowest priority number first, then in submission order; a waiting decode can move. */
final class DecodeQueue {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final TreeSet<QueuedDecode> waiting = new TreeSet<>(
            Comparator.comparingInt(QueuedDecode::queuedPriority).thenComparingLong(QueuedDecode::sequence));
    private boolean closed;

    void add(QueuedDecode d) {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the decode service has stopped; " + d.frame().key()
                        + " was not queued");
            }
            waiting.add(d);
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    /** The next decode, or null once the queue is closed. */
    QueuedDecode take() throws InterruptedException {
        lock.lock();
        try {
            while (waiting.isEmpty() && !closed) {
                notEmpty.await();
            }
            return closed ? null : waiting.pollFirst();
        } finally {
            lock.unlock();
        }
    }

    boolean remove(QueuedDecode d) {
        lock.lock();
        try {
            return waiting.remove(d);
        } finally {
            lock.unlock();
        }
    }

    /** Re-sorts a waiting decode under its new priority; false when it is no longer waiting. */
    boolean move(QueuedDecode d, int priority) {
        lock.lock();
        try {
            if (!waiting.remove(d)) {
                return false;
            }
            d.setQueuedPriority(priority);
            waiting.add(d);
            return true;
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    /** Stops the queue and hands back what was still waiting. */
    java.util.List<QueuedDecode> close() {
        lock.lock();
        try {
            closed = true;
            java.util.List<QueuedDecode> left = java.util.List.copyOf(waiting);
            waiting.clear();
            notEmpty.signalAll();
            return left;
        } finally {
            lock.unlock();
        }
    }
}
