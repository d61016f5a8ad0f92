package org.glimpse.codec.internal.service;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.DecodeTask;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.PixelBuffer;

/**
 * A decode in the queue or on a decoder thread. Its state changes under its own lock, so that a cancel and
 * the end of the decode never cross: once {@link #cancel} has returned, the thread that ran it has either
 * not finished it yet (and will drop the result) or its worker has been told to stop.
 */
final class QueuedDecode implements DecodeTask {
    private enum State { WAITING, RUNNING, DONE }

    private final EncodedFrame frame;
    private final DecodeOptions options;
    private final PixelBuffer target;
    private final long sequence;
    private final DecodeQueue queue;
    private final boolean inWorker;
    private final CompletableFuture<DecodedFrame> result = new CompletableFuture<>();
    private volatile int priority;
    private State state = State.WAITING;
    private Runnable stopRunning;
    private volatile long startNanos = -1;
    private volatile long beganNanos = -1;

    /** @param inWorker whether its decoder runs in a worker process (else in this JVM) */
    QueuedDecode(EncodedFrame frame, DecodeOptions options, PixelBuffer target, int priority, long sequence,
            DecodeQueue queue, boolean inWorker) {
        this.inWorker = inWorker;
        this.frame = frame;
        this.options = options;
        this.target = target;
        this.priority = priority;
        this.sequence = sequence;
        this.queue = queue;
    }

    DecodeOptions options() {
        return options;
    }

    PixelBuffer target() {
        return target;
    }

    boolean inWorker() {
        return inWorker;
    }

    long sequence() {
        return sequence;
    }

    int queuedPriority() {
        return priority;
    }

    void setQueuedPriority(int p) {
        priority = p;
    }

    /** Called by the decoder thread; false when the decode was cancelled while it waited. */
    synchronized boolean start(Runnable stop) {
        if (state != State.WAITING || result.isDone()) {
            return false;
        }
        state = State.RUNNING;
        stopRunning = stop;
        startNanos = System.nanoTime();
        return true;
    }

    /*
     * The result is completed outside this task's monitor: completing it runs the caller's callbacks, which take
     * the caller's own lock, while the caller may ask isStarted() under that lock (a deadlock seen in a full run).
     */

    /** @param began when its decoder began it ({@link #beganNanos}), set before the result is seen */
    void succeed(DecodedFrame f, long began) {
        synchronized (this) {
            if (state == State.DONE) {
                return;
            }
            beganNanos = began;
            state = State.DONE;
        }
        result.complete(f);
    }

    void fail(Throwable t) {
        synchronized (this) {
            if (state == State.DONE) {
                return;
            }
            state = State.DONE;
        }
        result.completeExceptionally(t);
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        Runnable stop;
        synchronized (this) {
            if (state == State.DONE || result.isDone()) {
                return false;
            }
            stop = state == State.WAITING ? null : stopRunning;
            state = State.DONE;
        }
        if (stop == null) {
            queue.remove(this);
        } else {
            stop.run();
        }
        result.cancel(false);
        return true;
    }

    @Override
    public EncodedFrame frame() {
        return frame;
    }

    @Override
    public int priority() {
        return priority;
    }

    @Override
    public boolean reprioritize(int p) {
        synchronized (this) {
            if (state != State.WAITING) {
                return false;
            }
        }
        return queue.move(this, p);
    }

    @Override
    public synchronized boolean isStarted() {
        return state == State.RUNNING;
    }

    @Override
    public long startNanos() {
        return startNanos;
    }

    @Override
    public long beganNanos() {
        return beganNanos;
    }

    @Override
    public CompletionStage<DecodedFrame> completion() {
        return result.minimalCompletionStage();
    }

    @Override
    public boolean isCancelled() {
        return result.isCancelled();
    }

    @Override
    public boolean isDone() {
        return result.isDone();
    }

    @Override
    public DecodedFrame get() throws InterruptedException, ExecutionException {
        return result.get();
    }

    @Override
    public DecodedFrame get(long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        return result.get(timeout, unit);
    }

    @Override
    public String toString() {
        return "decode of " + frame.key() + " (priority " + priority + (result.isCancelled() ? ", cancelled)"
                : result.isDone() ? ", done)" : ")");
    }
}
