package org.glimpse.codec.internal.worker;

/**
 * What decodes through the worker processes cost, summed since the pool started: the whole call as its
 * caller sees it (copy in, hand-over, decode, hand-back, copy out) and the part the workers spent between
 * seeing a request and answering it. The difference is what isolation costs.
 *
 * @param decodes decodes answered by a worker
 * @param callNanos time in {@code decode} calls, from taking a worker to returning the pixels
 * @param workerNanos time the workers spent on those decodes
 */
public record WorkerTimes(long decodes, long callNanos, long workerNanos) {

    /** The times since {@code earlier}. */
    public WorkerTimes since(WorkerTimes earlier) {
        return new WorkerTimes(decodes - earlier.decodes, callNanos - earlier.callNanos,
                workerNanos - earlier.workerNanos);
    }

    /** Mean microseconds per decode outside the worker's own work: copies, hand-over and wake-ups. */
    public double isolationMicros() {
        return decodes == 0 ? Double.NaN : (callNanos - workerNanos) / 1e3 / decodes;
    }
}
