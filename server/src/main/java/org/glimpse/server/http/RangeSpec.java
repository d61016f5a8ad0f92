package org.glimpse.server.http;

import java.util.ArrayList;
import java.util.List;

/**
 * One byte range of RFC 9110 §14.1.2 resolved against a representation length: {@code bytes=a-b},
 * {@code bytes=a-} or {@code bytes=-n}.
 *
 * @param first first byte, inclusive
 * @param last  last byte, inclusive
 */
record RangeSpec(long first, long last) {

    RangeSpec {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("byte range " + first + "-" + last + " is not first <= last, first >= 0");
        }
    }

    long length() {
        return last - first + 1;
    }

    /** The Content-Range value of a 206 answer (or of a multipart/byteranges part). */
    String contentRange(long total) {
        return "bytes " + first + "-" + last + "/" + total;
    }

    boolean overlaps(RangeSpec other) {
        return first <= other.last && other.first <= last;
    }

    /**
     * Parses a Range header value against {@code total} bytes: every range of the set, syntax checked, then
     * resolved; ranges that select no byte are left out (RFC 9110 §14.1.2: the set is satisfiable when one
     * of its ranges is).
     *
     * @return the satisfiable ranges in the order asked, never empty
     * @throws HttpError 400 when malformed, 416 when no byte of any range exists
     */
    static List<RangeSpec> parseSet(String header, long total) throws HttpError {
        String value = header.trim();
        if (!value.regionMatches(true, 0, "bytes=", 0, 6)) {
            throw new HttpError(400, "Range header '" + header + "': only the bytes unit is supported");
        }
        List<RangeSpec> satisfiable = new ArrayList<>();
        int asked = 0;
        for (String part : value.substring(6).split(",", -1)) {
            if (part.isBlank()) {
                continue; // empty list elements are ignored (RFC 9110 §5.6.1.2)
            }
            asked++;
            RangeSpec r = parseOne(part.trim(), header, total);
            if (r != null) {
                satisfiable.add(r);
            }
        }
        if (asked == 0) {
            throw new HttpError(400, "Range header '" + header + "' names no range");
        }
        if (satisfiable.isEmpty()) {
            throw new HttpError(416, "Range header '" + header + "' selects no byte of a " + total
                    + "-byte representation");
        }
        return satisfiable;
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
            return suffix == 0 || total == 0 ? null : new RangeSpec(Math.max(0, total - suffix), total - 1);
        }
        long first = digits(a, header);
        long last = b.isEmpty() ? Long.MAX_VALUE : digits(b, header);
        if (last < first) {
            throw new HttpError(400, "Range header '" + header + "': last byte " + last + " is before first byte "
                    + first);
        }
        return first >= total ? null : new RangeSpec(first, Math.min(last, total - 1));
    }

    private static long digits(String s, String header) throws HttpError {
        if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new HttpError(400, "Range header '" + header + "': '" + s + "' is not a byte position");
        }
        return Long.parseLong(s);
    }
}
