package org.glimpse.api.transport;

import java.net.URI;

/** A request failed for good (after any retries). The message names the URL, the status and the stage. */
public class TransportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final URI url;
    private final int status;
    private final boolean cancelled;

    public TransportException(URI url, int status, String stageId, String reason, Throwable cause) {
        this(url, status, stageId, reason, cause, false);
    }

    /**
     * A cancellation carries no stack trace: it is an outcome the caller asked for, not a fault to locate, and a
     * volume's cancel ends thousands of queued requests at once (filling in each trace was most of its cost).
     */
    public TransportException(URI url, int status, String stageId, String reason, Throwable cause,
            boolean cancelled) {
        super(reason + " (" + url + ", status " + status + ", stage " + stageId + ")", cause, true, !cancelled);
        this.url = url;
        this.status = status;
        this.cancelled = cancelled;
    }

    /** The request URL. */
    public URI url() {
        return url;
    }

    /** The last HTTP status, or 0 when no response came. */
    public int status() {
        return status;
    }

    /** Whether the request ended because it was cancelled rather than failed. */
    public boolean cancelled() {
        return cancelled;
    }
}
