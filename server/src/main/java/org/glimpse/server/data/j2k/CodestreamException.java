package org.glimpse.server.data.j2k;

/** A codestream that this reader cannot interpret; the message names the marker or offset. */
public final class CodestreamException extends Exception {
    private static final long serialVersionUID = 1L;

    public CodestreamException(String message) {
        super(message);
    }
}
