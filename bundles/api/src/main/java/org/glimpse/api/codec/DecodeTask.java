package org.glimpse.api.codec;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import org.glimpse.api.frame.DecodedFrame;

/**
 * One decode submitted to a {@link DecodeService}: a future of the decoded frame that the caller can
 * cancel and re-prioritise while it waits.
 *
 * <p>{@link #get()} throws an {@code ExecutionException} whose cause is a {@link DecodeException} (bad or
 * incomplete bytes, a crashed or overrunning codec) or an {@code IllegalArgumentException} (the decoded
 * image does not fit the buffer the caller supplied).
 *
 * <p>{@link #cancel(boolean)} completes the task as cancelled at once, whatever its state. A waiting decode
 * never starts. A running decode in a worker process is abandoned: a worker that answers within 20 ms is
 * used again at once (its values are dropped), one that does not is killed and replaced in the background,
 * so the next decode does not wait behind it. A running decode in this JVM (the pure-Java codecs) is
 * abandoned: its result is dropped. After cancellation nothing more is written into the caller's buffer
 * once {@code cancel} has returned for a worker decode; an abandoned in-JVM decode may still finish writing
 * its own range of the buffer, never outside it.
 */
public interface DecodeTask extends Future<DecodedFrame> {

    /** The frame being decoded. */
    EncodedFrame frame();

    /** The current priority: lower numbers are decoded first, equal ones in submission order. */
    int priority();

    /**
     * Moves a waiting decode in the queue. Cheap; safe from any thread.
     *
     * @return false when the decode has already started or ended (then nothing changes)
     */
    boolean reprioritize(int priority);

    /** Whether a worker (process or thread) has taken the decode; false while it waits and once cancelled. */
    boolean isStarted();

    /**
     * {@link System#nanoTime()} when a worker took the decode, or -1 while it waits (and when it never started), so
     * that a caller can tell the time spent waiting in the queue from the time spent decoding.
     */
    default long startNanos() {
        return -1;
    }

    /**
     * {@link System#nanoTime()} of this JVM when the decoder began the frame, or -1 until then (and when it never
     * began). A decode in a worker process begins when that process takes it up, which may be later than
     * {@link #startNanos()}: a worker holds the next frame in place while it decodes the one before, and that
     * wait is queueing, not decoding. The time from here to completion is the decode's own (with handing the
     * values back); the time from submission to here is its wait. Services that cannot tell answer
     * {@link #startNanos()}.
     */
    default long beganNanos() {
        return startNanos();
    }

    /**
     * The result as a stage, for callers that chain instead of blocking: completes exactly when the future
     * does, with the same value or failure (a {@code CancellationException} after cancel).
     */
    CompletionStage<DecodedFrame> completion();
}
