package org.glimpse.transport.internal.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultipartRelatedBodyTest {

    private static final class Parts implements PartSink {
        final List<String> types = new ArrayList<>();
        final List<ByteArrayOutputStream> bodies = new ArrayList<>();

        @Override
        public void partHeaders(int index, String contentType) {
            assertEquals(types.size(), index, "parts are numbered in order");
            types.add(contentType);
            bodies.add(new ByteArrayOutputStream());
        }

        @Override
        public void partContent(int index, ByteBuffer bytes) {
            byte[] b = new byte[bytes.remaining()];
            bytes.get(b);
            bodies.get(index).writeBytes(b);
        }
    }

    private static byte[] frame(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static byte[] body(String boundary, boolean close, byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(("--" + boundary + "\r\nContent-Type: application/octet-stream; "
                    + "transfer-syntax=1.2.840.10008.1.2.4.202\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(p);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        if (close) {
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    /** Feeds in slices of {@code step} bytes, as a network would. */
    private static void feed(BodyParser parser, byte[] body, int step) throws MalformedBodyException {
        for (int i = 0; i < body.length; i += step) {
            int n = Math.min(step, body.length - i);
            parser.feed(ByteBuffer.wrap(body, i, n), false);
        }
        parser.feed(ByteBuffer.allocate(0), true);
    }

    @Test
    void takesTheBoundaryFromTheFirstBodyLineWhenTheHeaderHasNone() throws Exception {
        byte[] f = frame(10_000, 1);
        Parts parts = new Parts();
        MultipartRelatedBody p = new MultipartRelatedBody(parts, "multipart/related; type=\"application/octet-stream\"",
                null);
        feed(p, body("a1b2c3", true, f), 7);
        assertEquals(1, parts.bodies.size(), "one part");
        assertArrayEquals(f, parts.bodies.get(0).toByteArray(), "frame bytes intact when fed 7 bytes at a time");
        assertTrue(parts.types.get(0).contains("1.2.840.10008.1.2.4.202"), "part type: " + parts.types);
        assertTrue(p.framingComplete(), "close delimiter seen");
    }

    @Test
    void readsSeveralPartsOfAMultiFrameAnswer() throws Exception {
        byte[] a = frame(3000, 2);
        byte[] b = frame(5, 3);
        byte[] c = frame(70_000, 4);
        Parts parts = new Parts();
        feed(new MultipartRelatedBody(parts, "multipart/related; boundary=XyZ", "XyZ"), body("XyZ", true, a, b, c),
                4096);
        assertEquals(3, parts.bodies.size(), "three parts");
        assertArrayEquals(c, parts.bodies.get(2).toByteArray(), "third part intact");
        assertArrayEquals(b, parts.bodies.get(1).toByteArray(), "tiny second part intact");
    }

    @Test
    void prefersTheBodyBoundaryOverAWrongHeaderBoundary() throws Exception {
        byte[] f = frame(1000, 5);
        Parts parts = new Parts();
        feed(new MultipartRelatedBody(parts, "multipart/related; boundary=wrong", "wrong"), body("right", true, f),
                100);
        assertArrayEquals(f, parts.bodies.get(0).toByteArray(), "frame found with the body's boundary");
    }

    @Test
    void keepsThePrefixOfABodyThatEndsWithoutCloseDelimiter() throws Exception {
        byte[] f = frame(20_000, 6);
        byte[] whole = body("b", true, f);
        byte[] cut = java.util.Arrays.copyOf(whole, 10_000);
        Parts parts = new Parts();
        MultipartRelatedBody p = new MultipartRelatedBody(parts, "multipart/related", null);
        feed(p, cut, 1000);
        byte[] got = parts.bodies.get(0).toByteArray();
        assertFalse(p.framingComplete(), "no close delimiter seen");
        assertTrue(got.length > 9_000, "most of the prefix delivered, got " + got.length);
        assertArrayEquals(java.util.Arrays.copyOf(f, got.length), got, "delivered bytes are the frame's prefix");
    }

    @Test
    void namesTheContentTypeAndFirstBytesWhenNoBoundaryCanBeFound() {
        Parts parts = new Parts();
        MultipartRelatedBody p = new MultipartRelatedBody(parts, "multipart/related; type=x", null);
        MalformedBodyException e = assertThrows(MalformedBodyException.class,
                () -> feed(p, "GIF89a not multipart\r\nmore".getBytes(StandardCharsets.US_ASCII), 50));
        assertTrue(e.getMessage().contains("multipart/related; type=x") && e.getMessage().contains("GIF89a"),
                "message names header and body: " + e.getMessage());
    }
}
