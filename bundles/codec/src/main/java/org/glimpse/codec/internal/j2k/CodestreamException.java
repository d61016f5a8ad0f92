package org.glimpse.codec.internal.j2k;

/**
 * The codestream breaks a rule of JPEG 2000 Part 1/15, or (when {@link #truncated()}) a marker segment runs
 * past the bytes held so far. The message names the marker, the value and the byte offset.
 */
public final class CodestreamException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean truncated;

    private CodestreamException(String message, boolean truncated) {
        super(message);
        this.truncated = truncated;
    }

    static CodestreamException of(String message) {
        return new CodestreamException(message, false);
    }

    static CodestreamException at(long offset, String message) {
        return new CodestreamException(message + " (at byte " + offset + ")", false);
    }

    static CodestreamException truncatedAt(long offset, int limit) {
        return new CodestreamException("header continues past the " + limit + " bytes held (at byte " + offset + ")",
                true);
    }

    /** Whether more bytes could cure this (the header is cut off, not wrong). */
    public boolean truncated() {
        return truncated;
    }
}
