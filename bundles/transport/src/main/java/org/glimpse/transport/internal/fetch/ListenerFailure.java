package org.glimpse.transport.internal.fetch;

/**
 * The caller's frame listener threw while taking a response's head or bytes. It is told apart from a body the
 * transport could not read: the bytes were fine, the fault is the caller's, and the retrieval's failure and the
 * log say so (reported as an unreadable body, a loader's own fault once passed for a server's at DEBUG).
 */
final class ListenerFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ListenerFailure(String event, RuntimeException cause) {
        super("the frame listener failed on " + event + ": " + cause, cause);
    }
}
