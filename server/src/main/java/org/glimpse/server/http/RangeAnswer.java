package org.glimpse.server.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;

/**
 * What to send of one representation for the request's Range and If-Range (RFC 9110 §13.1.5, §14): the whole
 * body (200), one range of it (206 with Content-Range), or several ranges as {@code multipart/byteranges}
 * (§14.6) when there are at most {@value #MAX_PARTS} and none overlaps another; otherwise the whole body,
 * which §14.2 allows.
 *
 * @param status       200 or 206
 * @param contentType  of the answer: the representation's, or multipart/byteranges with its boundary
 * @param contentRange the Content-Range header of a single-range 206, else null
 * @param body         the bytes to send
 */
record RangeAnswer(int status, String contentType, String contentRange, Body body) {
    /** Most ranges answered as multipart/byteranges; more get the whole representation. */
    static final int MAX_PARTS = 16;
    private static final byte[] CRLF = "\r\n".getBytes(StandardCharsets.US_ASCII);

    /**
     * The ranges the request asks of a representation of {@code total} bytes tagged {@code etag}, or null
     * when it is to be answered whole: no Range, Range ignored by fault, or If-Range naming another
     * representation. A Range that selects no byte is 416 with {@code Content-Range: bytes * /total}.
     */
    static List<RangeSpec> requested(Exchange ex, String etag, long total) throws HttpError {
        String header = ex.request().getHeaders().get(HttpHeader.RANGE);
        if (header == null || ex.faults().ignoreRange()) {
            return null;
        }
        String ifRange = ex.request().getHeaders().get(HttpHeader.IF_RANGE);
        if (ifRange != null && !ifRange.trim().equals(etag)) {
            return null;
        }
        try {
            return RangeSpec.parseSet(header, total);
        } catch (HttpError e) {
            if (e.status() == 416) {
                ex.response().getHeaders().put(HttpHeader.CONTENT_RANGE, "bytes */" + total);
            }
            throw e;
        }
    }

    /**
     * @param ranges      from {@link #requested}; null = whole
     * @param body        the whole representation
     * @param contentType the representation's Content-Type
     * @param etag        the representation's ETag (seeds the multipart/byteranges boundary)
     */
    static RangeAnswer of(List<RangeSpec> ranges, Body body, String contentType, String etag) {
        if (ranges == null || ranges.size() > MAX_PARTS || overlapping(ranges)) {
            return new RangeAnswer(200, contentType, null, body);
        }
        long total = body.length();
        if (ranges.size() == 1) {
            RangeSpec r = ranges.get(0);
            return new RangeAnswer(206, contentType, r.contentRange(total), body.slice(r.first(), r.last()));
        }
        String boundary = Boundaries.of("byteranges", etag, ranges.toString());
        Body parts = new Body();
        for (RangeSpec r : ranges) {
            parts.bytes(("--" + boundary + "\r\nContent-Type: " + contentType + "\r\nContent-Range: "
                    + r.contentRange(total) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            parts.append(body.slice(r.first(), r.last())).bytes(CRLF);
        }
        parts.bytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return new RangeAnswer(206, "multipart/byteranges; boundary=" + boundary, null, parts);
    }

    private static boolean overlapping(List<RangeSpec> ranges) {
        List<RangeSpec> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingLong(RangeSpec::first));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).overlaps(sorted.get(i - 1))) {
                return true;
            }
        }
        return false;
    }
}
