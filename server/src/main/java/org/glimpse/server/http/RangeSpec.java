package org.glimpse.server.http;

/**
 * One byte range of RFC 9110 §14.1.2 resolved against a representation length: {@code bytes=a-b},
 * {@code bytes=a-} or {@code bytes=-n}.
 *
 * @param first first byte, inclusive
 * @param last  last byte, inclusive
 */
record RangeSpec(long first, long last) {

    long length() {
        return last - first + 1;
    }

    /** The Content-Range value of a 206 answer. */
    String contentRange(long total) {
        return "bytes " + first + "-" + last + "/" + total;
    }

    /**
     * Parses a Range header value against {@code total} bytes.
     *
     * @return the range, or null when the header asks for several ranges (the server then answers 200, which
     *         RFC 9110 allows)
     * @throws HttpError 400 when malformed, 416 when no byte of it exists
     */
    static RangeSpec parse(String header, long total) throws HttpError {
        String value = header.trim();
        if (!value.regionMatches(true, 0, "bytes=", 0, 6)) {
            throw new HttpError(400, "Range header '" + header + "': only the bytes unit is supported");
        }
        String set = value.substring(6).trim();
        if (set.contains(",")) {
            for (String part : set.split(",")) {
                parseOne(part.trim(), header, Long.MAX_VALUE);
            }
            return null;
        }
        RangeSpec r = parseOne(set, header, total);
        if (r == null) {
            throw new HttpError(416, "Range header '" + header + "' selects no byte of a " + total
                    + "-byte representation");
        }
        return r;
    }

    /** Null when syntactically valid but unsatisfiable for {@code total}. */
    private static RangeSpec parseOne(String spec, String header, long total) throws HttpError {
        int dash = spec.indexOf('-');
        if (dash < 0 || spec.indexOf('-', dash + 1) >= 0) {
            throw new HttpError(400, "Range header '" + header + "': '" + spec
                    + "' is not first-last, first- or -suffix");
        }
        String a = spec.substring(0, dash).trim();
        String b = spec.substring(dash + 1).trim();
        if (a.isEmpty()) {
            long suffix = digits(b, header);
            if (suffix == 0) {
                return null;
            }
            return total == 0 ? null : new RangeSpec(Math.max(0, total - suffix), total - 1);
        }
        long first = digits(a, header);
        long last = b.isEmpty() ? Long.MAX_VALUE : digits(b, header);
        if (last < first) {
            throw new HttpError(400, "Range header '" + header + "': last byte " + last + " is before first byte "
                    + first);
        }
        if (first >= total) {
            return null;
        }
        return new RangeSpec(first, Math.min(last, total - 1));
    }

    private static long digits(String s, String header) throws HttpError {
        if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new HttpError(400, "Range header '" + header + "': '" + s + "' is not a byte position");
        }
        return Long.parseLong(s);
    }
}
