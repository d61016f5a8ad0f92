package org.glimpse.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.http.HttpHeader;
import org.glimpse.server.data.Representation;
import org.junit.jupiter.api.Test;

/**
 * RFC 9110 §14 ranges select bytes of the representation sent: the multipart/related body as a whole when
 * multipart is asked, the frame when a single part is. Each 206 must be exactly the bytes its Content-Range
 * names of what a 200 sends for the same request.
 */
class RepresentationRangeTest extends ServerTestBase {
    /** Cornerstone3D's Accept for HTJ2K byte ranges. */
    private static final String CORNERSTONE = "multipart/related; type=application/octet-stream; transfer-syntax=*";
    private static final String SINGLE = "image/jphc";

    private static String dxFrame() {
        return frameUrl(catalog.dx(), 0, "frames", "1");
    }

    private static ContentResponse fetch(String url, String accept, String range) throws Exception {
        return send(get(url).headers(h -> {
            h.put(HttpHeader.ACCEPT, accept);
            if (range != null) {
                h.put(HttpHeader.RANGE, range);
            }
        }));
    }

    /** For each range form: 206, Content-Range against the whole body's length, bytes that slice of it. */
    private static void assertRangesSliceTheWholeAnswer(String url, String accept) throws Exception {
        ContentResponse whole = fetch(url, accept, null);
        assertEquals(200, whole.getStatus());
        byte[] w = whole.getContent();
        int n = w.length;
        String[][] cases = {{"bytes=0-99", "0", "99"}, {"bytes=100-", "100", "" + (n - 1)},
            {"bytes=-500", "" + (n - 500), "" + (n - 1)}, {"bytes=10-" + (n + 1000), "10", "" + (n - 1)},
            {"bytes=" + (n - 1) + "-", "" + (n - 1), "" + (n - 1)}};
        for (String[] c : cases) {
            ContentResponse r = fetch(url, accept, c[0]);
            int first = Integer.parseInt(c[1]);
            int last = Integer.parseInt(c[2]);
            String what = accept + " " + c[0];
            assertEquals(206, r.getStatus(), what);
            assertEquals("bytes " + first + "-" + last + "/" + n, r.getHeaders().get(HttpHeader.CONTENT_RANGE), what);
            assertEquals(whole.getHeaders().get(HttpHeader.CONTENT_TYPE), r.getHeaders().get(HttpHeader.CONTENT_TYPE),
                    "the 206 names the representation of the 200 (same boundary): " + what);
            assertEquals(whole.getHeaders().get(HttpHeader.ETAG), r.getHeaders().get(HttpHeader.ETAG), what);
            assertArrayEquals(Arrays.copyOfRange(w, first, last + 1), r.getContent(), "body of " + what);
        }
    }

    @Test
    void rangesOfASinglePartAnswerAreTheFramesBytes() throws Exception {
        assertRangesSliceTheWholeAnswer(dxFrame(), SINGLE);
        assertArrayEquals(stored(catalog.dx(), 0, Representation.HTJ2K_TILED, 1), fetch(dxFrame(), SINGLE, null)
                .getContent(), "a single part is the frame itself");
    }

    @Test
    void rangesOfAMultipartAnswerAreBytesOfTheMultipartBody() throws Exception {
        assertRangesSliceTheWholeAnswer(dxFrame(), CORNERSTONE);
        assertRangesSliceTheWholeAnswer(dxFrame(), "multipart/related; type=\"application/octet-stream\"; "
                + "transfer-syntax=1.2.840.10008.1.2.4.202");
    }

    @Test
    void aCornerstonePrefixCountsTheEnvelopeAndTheMultipartLength() throws Exception {
        byte[] frame = stored(catalog.dx(), 0, Representation.HTJ2K_TILED, 1);
        byte[] whole = fetch(dxFrame(), CORNERSTONE, null).getContent();
        assertTrue(whole.length > frame.length + 60, "the envelope adds a part header and a close delimiter");
        ContentResponse r = fetch(dxFrame(), CORNERSTONE, "bytes=0-99");
        assertEquals("bytes 0-99/" + whole.length, r.getHeaders().get(HttpHeader.CONTENT_RANGE),
                "the representation's length, not the frame's (" + frame.length + ")");
        assertEquals(100, r.getContent().length, "exactly the 100 bytes asked, no new envelope");
        String head = new String(r.getContent(), StandardCharsets.ISO_8859_1);
        assertTrue(head.startsWith("--glimpse-") && !head.contains("--\r\n"), "a part header, no close: " + head);
    }

    @Test
    void aFrameListIsRangedAsOneMultipartBody() throws Exception {
        assertRangesSliceTheWholeAnswer(frameUrl(catalog.multiFrame(), 0, "frames", "2,1"), CORNERSTONE);
    }

    @Test
    void rangeInPartFaultWrapsTheFramesSliceInANewEnvelope() throws Exception {
        byte[] frame = stored(catalog.dx(), 0, Representation.HTJ2K_TILED, 1);
        String url = dxFrame() + "?fault=range-in-part";
        for (String[] c : new String[][] {{"bytes=0-999", "0", "999"}, {"bytes=5000-", "5000", "" + (frame.length - 1)},
            {"bytes=-300", "" + (frame.length - 300), "" + (frame.length - 1)}}) {
            ContentResponse r = fetch(url, CORNERSTONE, c[0]);
            int first = Integer.parseInt(c[1]);
            int last = Integer.parseInt(c[2]);
            assertEquals(206, r.getStatus(), c[0]);
            assertEquals("bytes " + first + "-" + last + "/" + frame.length, r.getHeaders().get(HttpHeader.CONTENT_RANGE),
                    "the frame's numbers: " + c[0]);
            List<Part> parts = parts(r.getHeaders().get(HttpHeader.CONTENT_TYPE), r.getContent());
            assertEquals(1, parts.size(), "a whole new envelope with one part: " + c[0]);
            assertArrayEquals(Arrays.copyOfRange(frame, first, last + 1), parts.get(0).content(), c[0]);
        }
        assertArrayEquals(stored(catalog.dx(), 0, Representation.HTJ2K_TILED, 1), fetch(url, SINGLE, "bytes=0-")
                .getContent(), "single-part ranges are the frame's under either shape");
    }

    @Test
    void severalRangesAnswerMultipartByteranges() throws Exception {
        for (String accept : new String[] {SINGLE, CORNERSTONE}) {
            byte[] whole = fetch(dxFrame(), accept, null).getContent();
            String type = fetch(dxFrame(), accept, null).getHeaders().get(HttpHeader.CONTENT_TYPE);
            int n = whole.length;
            ContentResponse r = fetch(dxFrame(), accept, "bytes=1000-1999, 0-99,-20");
            assertEquals(206, r.getStatus(), accept);
            assertNull(r.getHeaders().get(HttpHeader.CONTENT_RANGE), "ranges are named in the parts");
            String rangesType = r.getHeaders().get(HttpHeader.CONTENT_TYPE);
            assertTrue(rangesType.startsWith("multipart/byteranges; boundary="), rangesType);
            List<Part> parts = parts(rangesType, r.getContent());
            int[][] expected = {{1000, 1999}, {0, 99}, {n - 20, n - 1}};
            assertEquals(3, parts.size(), "one part per range, in the order asked");
            for (int i = 0; i < 3; i++) {
                int first = expected[i][0];
                int last = expected[i][1];
                assertEquals(type, parts.get(i).contentType(), "part " + i + " names the representation's type");
                assertEquals("bytes " + first + "-" + last + "/" + n, parts.get(i).contentRange(), "part " + i);
                assertArrayEquals(Arrays.copyOfRange(whole, first, last + 1), parts.get(i).content(), "part " + i);
            }
            assertEquals(r.getContent().length, r.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH));
        }
    }

    @Test
    void overlappingOrTooManyRangesGetTheWholeBody() throws Exception {
        byte[] whole = fetch(dxFrame(), CORNERSTONE, null).getContent();
        ContentResponse overlap = fetch(dxFrame(), CORNERSTONE, "bytes=0-99,50-149");
        assertEquals(200, overlap.getStatus(), "overlapping ranges");
        assertArrayEquals(whole, overlap.getContent());
        assertEquals(200, fetch(dxFrame(), CORNERSTONE, "bytes=500-,-10").getStatus(), "a suffix inside an open range");
        StringBuilder seventeen = new StringBuilder("bytes=0-0");
        for (int i = 1; i < 17; i++) {
            seventeen.append(',').append(i * 10).append('-').append(i * 10 + 1);
        }
        ContentResponse many = fetch(dxFrame(), CORNERSTONE, seventeen.toString());
        assertEquals(200, many.getStatus(), "17 ranges are more than the server answers as parts");
        assertArrayEquals(whole, many.getContent());
        String sixteen = seventeen.substring(0, seventeen.lastIndexOf(","));
        ContentResponse few = fetch(dxFrame(), CORNERSTONE, sixteen);
        assertEquals(206, few.getStatus(), "16 ranges are answered");
        assertEquals(16, parts(few.getHeaders().get(HttpHeader.CONTENT_TYPE), few.getContent()).size());
    }

    @Test
    void aSetWithOneSatisfiableRangeIsASingle206() throws Exception {
        byte[] whole = fetch(dxFrame(), CORNERSTONE, null).getContent();
        ContentResponse r = fetch(dxFrame(), CORNERSTONE, "bytes=" + whole.length + "-,10-19");
        assertEquals(206, r.getStatus());
        assertEquals("bytes 10-19/" + whole.length, r.getHeaders().get(HttpHeader.CONTENT_RANGE));
        assertArrayEquals(Arrays.copyOfRange(whole, 10, 20), r.getContent());
    }

    @Test
    void unsatisfiableRangeOfAMultipartAnswerNamesItsLength() throws Exception {
        long frame = stored(catalog.dx(), 0, Representation.HTJ2K_TILED, 1).length;
        long whole = fetch(dxFrame(), CORNERSTONE, null).getContent().length;
        assertEquals(206, fetch(dxFrame(), CORNERSTONE, "bytes=" + frame + "-").getStatus(),
                "past the frame's end but inside the multipart body");
        ContentResponse r = fetch(dxFrame(), CORNERSTONE, "bytes=" + whole + "-");
        assertEquals(416, r.getStatus());
        assertEquals("bytes */" + whole, r.getHeaders().get(HttpHeader.CONTENT_RANGE));
    }

    @Test
    void ifRangeHonoursOnlyTheRepresentationItTags() throws Exception {
        String single = fetch(dxFrame(), SINGLE, null).getHeaders().get(HttpHeader.ETAG);
        String multipart = fetch(dxFrame(), CORNERSTONE, null).getHeaders().get(HttpHeader.ETAG);
        assertNotEquals(single, multipart, "single part and multipart are different representations");
        ContentResponse other = send(get(dxFrame()).headers(h -> h.put(HttpHeader.ACCEPT, CORNERSTONE)
                .put(HttpHeader.RANGE, "bytes=0-99").put(HttpHeader.IF_RANGE, single)));
        assertEquals(200, other.getStatus(), "If-Range with the single part's tag on a multipart request");
        ContentResponse same = send(get(dxFrame()).headers(h -> h.put(HttpHeader.ACCEPT, CORNERSTONE)
                .put(HttpHeader.RANGE, "bytes=0-99").put(HttpHeader.IF_RANGE, multipart)));
        assertEquals(206, same.getStatus(), "If-Range with the multipart's own tag");
        String padded = fetch(dxFrame() + "?fault=pad-byte", SINGLE, null).getHeaders().get(HttpHeader.ETAG);
        assertNotEquals(single, padded, "a pad byte changes the bytes, so the tag");
    }
}
