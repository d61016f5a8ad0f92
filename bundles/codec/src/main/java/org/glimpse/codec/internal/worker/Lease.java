package org.glimpse.codec.internal.worker;

/**
 * A caller's hold on one request slot of one worker.
 *
 * @param workerWatch nanoseconds the worker may watch for its next request after this one (0 when the cores are
 *        all taken by decodes: a watching worker would take one from the others)
 */
record Lease(WorkerProcess worker, RequestSlot slot, long workerWatch) {
}
