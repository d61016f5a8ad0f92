package org.glimpse.server.http;

/** A request the server answers with a 4xx/5xx status and a plain-text reason naming what was wrong. */
final class HttpError extends Exception {
    private static final long serialVersionUID = 1L;
    private final int status;

    HttpError(int status, String reason) {
        super(reason);
        this.status = status;
    }

    int status() {
        return status;
    }
}
