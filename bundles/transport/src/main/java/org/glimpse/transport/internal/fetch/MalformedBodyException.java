package org.glimpse.transport.internal.fetch;

/** A response body whose framing cannot be read; the message names what was found. */
final class MalformedBodyException extends Exception {

    private static final long serialVersionUID = 1L;

    MalformedBodyException(String message, Throwable cause) {
        super(message, cause);
    }
}
