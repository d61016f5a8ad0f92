package org.glimpse.api.transport;

/**
 * An RFC 9110 §14.1.2 byte range of a frame's bytes: {@code first-last} inclusive, or {@code first-} to
 * the end when {@code last} is {@link #TO_END}.
 */
public record ByteRange(long first, long last) {

    /** Marks an open-ended range ({@code bytes=first-}). */
    public static final long TO_END = -1;

    public ByteRange {
        if (first < 0) {
            throw new IllegalArgumentException("range first byte must be ≥ 0, was " + first);
        }
        if (last != TO_END && last < first) {
            throw new IllegalArgumentException("range last byte " + last + " is before first byte " + first);
        }
    }

    /** {@code bytes=first-}. */
    public static ByteRange from(long first) {
        return new ByteRange(first, TO_END);
    }

    /** The first {@code length} bytes: {@code bytes=0-(length-1)}. */
    public static ByteRange prefix(long length) {
        return new ByteRange(0, length - 1);
    }

    /** The {@code Range} header value. */
    public String header() {
        return "bytes=" + first + "-" + (last == TO_END ? "" : Long.toString(last));
    }

    /** Number of bytes asked for, or -1 when open-ended. */
    public long length() {
        return last == TO_END ? -1 : last - first + 1;
    }
}
