package org.glimpse.transport.internal.fetch;

/**
 * An RFC 9110 §14.4 {@code Content-Range: bytes first-last/complete} value; {@code complete} is -1 for
 * {@code *}. An unsatisfied range ({@code bytes * /complete}) has {@code first} = -1.
 */
record ContentRange(long first, long last, long complete) {

    static ContentRange parse(String value) {
        String v = value.trim();
        if (!v.regionMatches(true, 0, "bytes ", 0, 6)) {
            throw new IllegalArgumentException("Content-Range must use the 'bytes' unit, was '" + value + "'");
        }
        String spec = v.substring(6).trim();
        int slash = spec.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("Content-Range has no '/complete-length': '" + value + "'");
        }
        String range = spec.substring(0, slash).trim();
        String length = spec.substring(slash + 1).trim();
        long complete = "*".equals(length) ? -1 : number(length, value);
        if ("*".equals(range)) {
            return new ContentRange(-1, -1, complete);
        }
        int dash = range.indexOf('-');
        if (dash <= 0) {
            throw new IllegalArgumentException("Content-Range range must be 'first-last', was '" + value + "'");
        }
        long first = number(range.substring(0, dash), value);
        long last = number(range.substring(dash + 1), value);
        if (last < first || (complete >= 0 && last >= complete)) {
            throw new IllegalArgumentException("Content-Range is inconsistent (" + first + "-" + last + " of "
                    + (complete < 0 ? "*" : Long.toString(complete)) + "): '" + value + "'");
        }
        return new ContentRange(first, last, complete);
    }

    /** Bytes the range covers. */
    long length() {
        return last - first + 1;
    }

    boolean unsatisfied() {
        return first < 0;
    }

    private static long number(String s, String value) {
        try {
            long n = Long.parseLong(s.trim());
            if (n < 0) {
                throw new NumberFormatException(s);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Content-Range number '" + s + "' is not a byte position in '"
                    + value + "'", e);
        }
    }
}
