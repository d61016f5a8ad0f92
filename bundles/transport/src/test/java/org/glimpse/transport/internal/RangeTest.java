package org.glimpse.transport.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.glimpse.api.transport.ByteRange;
import org.glimpse.api.transport.FrameResult;
import org.glimpse.transport.internal.testing.Frames;
import org.glimpse.transport.internal.testing.LoopbackServer;
import org.glimpse.transport.internal.testing.Ranges;
import org.glimpse.transport.internal.testing.Recorder;
import org.glimpse.transport.internal.testing.Requests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** RFC 9110 ranges as servers answer them: 206, 200 instead, 416, and Content-Range variants. */
class RangeTest {

    private static final String TYPE = "application/octet-stream; transfer-syntax=1.2.840.10008.1.2.4.202";

    private final WadoTransport transport = new WadoTransport(TransportSettings.DEFAULTS, null, null);

    @AfterEach
    void close() {
        transport.close();
    }

    private Recorder fetch(LoopbackServer server, ByteRange range) {
        Recorder r = new Recorder(range == null ? 0 : range.first());
        transport.fetch(Requests.frame(server.uri("/wado"), 1, range), r);
        return r;
    }

    @Test
    void fetchesAPrefixThenTheRestWithoutOverlap() throws Exception {
        byte[] frame = Frames.htj2k(300_000, 11);
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> Ranges.serve(req, resp, frame, TYPE, cb))) {
            Recorder first = fetch(server, ByteRange.prefix(65_536));
            FrameResult a = first.awaitResult();
            assertEquals(206, a.info().status(), "prefix answered 206");
            assertFalse(a.frameComplete(), "a prefix is not the whole frame");
            assertEquals(300_000, a.info().frameLength(), "frame length from Content-Range");
            assertEquals(65_536, a.bytesDelivered(), "prefix length");
            Recorder rest = fetch(server, ByteRange.from(a.bytesDelivered()));
            FrameResult b = rest.awaitResult();
            assertTrue(b.frameComplete(), "the rest completes the frame");
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(first.bytes.toByteArray());
            all.writeBytes(rest.bytes.toByteArray());
            assertArrayEquals(frame, all.toByteArray(), "prefix + rest = frame");
            assertEquals(List.of("bytes=0-65535", "bytes=65536-"),
                    server.seen().stream().map(s -> s.header("Range")).toList(), "Range headers sent");
        }
    }

    @Test
    void usesAWholeBodyWhenTheServerIgnoresRange() throws Exception {
        byte[] frame = Frames.htj2k(150_000, 12);
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> Frames.send(resp, 200, TYPE, frame, cb))) {
            Recorder r = fetch(server, ByteRange.prefix(65_536));
            FrameResult result = r.awaitResult();
            assertTrue(result.frameComplete(), "200 to a range request is the whole frame: never refetch");
            assertArrayEquals(frame, r.bytes.toByteArray(), "whole frame delivered");
            assertEquals(1, server.seen().size(), "one request only");
        }
    }

    @Test
    void skipsHeldBytesWhenTheServerIgnoresTheRangeOfAResume() throws Exception {
        byte[] frame = Frames.htj2k(120_000, 13);
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> Frames.send(resp, 200, TYPE, frame, cb))) {
            Recorder r = fetch(server, ByteRange.from(65_536));
            FrameResult result = r.awaitResult();
            assertArrayEquals(Arrays.copyOfRange(frame, 65_536, frame.length), r.bytes.toByteArray(),
                    "only bytes from the asked offset are delivered");
            assertTrue(result.frameComplete(), "frame complete");
        }
    }

    @Test
    void treats416PastTheEndAsAlreadyComplete() throws Exception {
        byte[] frame = Frames.htj2k(40_000, 14);
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> Ranges.serve(req, resp, frame, TYPE, cb))) {
            Recorder r = fetch(server, ByteRange.from(40_000));
            FrameResult result = r.awaitResult();
            assertTrue(result.frameComplete(), "nothing left to fetch: complete");
            assertEquals(0, result.bytesDelivered(), "no bytes");
        }
    }

    @Test
    void retriesWithoutRangeWhenAPrefixIsRefusedWith416() throws Exception {
        byte[] frame = Frames.htj2k(30_000, 15);
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> {
            if (req.getHeaders().get("Range") != null) {
                Frames.send(resp, 416, null, new byte[0], cb);
            } else {
                Frames.send(resp, 200, TYPE, frame, cb);
            }
        })) {
            Recorder r = fetch(server, ByteRange.prefix(65_536));
            r.awaitResult();
            assertArrayEquals(frame, r.bytes.toByteArray(), "whole frame after the 416");
            assertEquals(2, server.seen().size(), "one fallback request");
        }
    }

    @Test
    void detectsAContentRangeThatCountsTheMultipartHeader() throws Exception {
        byte[] frame = Frames.htj2k(100_000, 16);
        byte[] body = Frames.multipart("mh", TYPE, frame);
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> {
            // this server applies the range to its multipart body, header included
            resp.getHeaders().put("Content-Range", "bytes 0-65535/" + body.length);
            Frames.send(resp, 206, "multipart/related; boundary=mh", Arrays.copyOf(body, 65_536), cb);
        })) {
            Recorder r = fetch(server, ByteRange.prefix(65_536));
            FrameResult result = r.awaitResult();
            int header = ("--mh\r\nContent-Type: " + TYPE + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII).length;
            assertFalse(result.frameComplete(), "a cut part is not the whole frame");
            assertTrue(result.bytesDelivered() <= 65_536 - header && result.bytesDelivered() > 60_000,
                    "frame bytes exclude the part header: " + result.bytesDelivered());
            assertArrayEquals(Arrays.copyOf(frame, (int) result.bytesDelivered()), r.bytes.toByteArray(),
                    "delivered bytes are the frame's prefix");
            assertEquals(-1, result.info().frameLength(), "multipart Content-Range length is not the frame's");
        }
    }

    /** A server that applies Range to its multipart body (header and close delimiter included). */
    private static LoopbackServer multipartCounting(byte[] body) throws Exception {
        return new LoopbackServer((req, resp, cb) -> {
            String range = req.getHeaders().get("Range");
            if (range == null) {
                Frames.send(resp, 200, "multipart/related; boundary=mh", body, cb);
                return;
            }
            String spec = range.substring("bytes=".length());
            int dash = spec.indexOf('-');
            int first = Integer.parseInt(spec.substring(0, dash));
            int last = dash == spec.length() - 1 ? body.length - 1
                    : Math.min(body.length - 1, Integer.parseInt(spec.substring(dash + 1)));
            resp.getHeaders().put("Content-Range", "bytes " + first + "-" + last + "/" + body.length);
            Frames.send(resp, 206, "multipart/related; boundary=mh", Arrays.copyOfRange(body, first, last + 1), cb);
        });
    }

    @Test
    void resumesFromAMultipartCountingServerWithTheLearnedShift() throws Exception {
        byte[] frame = Frames.htj2k(150_000, 18);
        byte[] body = Frames.multipart("mh", TYPE, frame);
        int header = ("--mh\r\nContent-Type: " + TYPE + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII).length;
        try (LoopbackServer server = multipartCounting(body)) {
            Recorder prefix = fetch(server, ByteRange.prefix(65_536));
            FrameResult a = prefix.awaitResult();
            Recorder rest = fetch(server, ByteRange.from(a.bytesDelivered()));
            FrameResult b = rest.awaitResult();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(prefix.bytes.toByteArray());
            all.writeBytes(rest.bytes.toByteArray());
            assertArrayEquals(frame, all.toByteArray(), "prefix + shifted rest = frame, close delimiter trimmed");
            assertTrue(b.frameComplete(), "close delimiter seen: complete");
            assertEquals("bytes=" + (a.bytesDelivered() + header) + "-", server.seen().get(1).header("Range"),
                    "the rest was asked at frame offset + part header length");
            assertEquals(2, server.seen().size(), "no whole-frame fallback");
            Recorder middle = fetch(server, new ByteRange(70_000, 79_999));
            FrameResult m = middle.awaitResult();
            assertArrayEquals(Arrays.copyOfRange(frame, 70_000, 80_000), middle.bytes.toByteArray(),
                    "a bounded range inside the part: exact bytes, nothing trimmed");
            assertFalse(m.frameComplete(), "not the end of the frame");
        }
    }

    @Test
    void fetchesTheWholeFrameWhenAMultipartCountingServerSendsASliceWithoutPart() throws Exception {
        byte[] frame = Frames.htj2k(100_000, 17);
        byte[] body = Frames.multipart("mh", TYPE, frame);
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> {
            String range = req.getHeaders().get("Range");
            if (range == null) {
                Frames.send(resp, 200, "multipart/related; boundary=mh", body, cb);
                return;
            }
            // Range applied to the multipart body: from 70000 on there is only part data and the close
            long first = Long.parseLong(range.substring(6, range.length() - 1));
            resp.getHeaders().put("Content-Range", "bytes " + first + "-" + (body.length - 1) + "/" + body.length);
            Frames.send(resp, 206, "multipart/related; boundary=mh", Arrays.copyOfRange(body, (int) first,
                    body.length), cb);
        })) {
            Recorder r = fetch(server, ByteRange.from(70_000));
            FrameResult result = r.awaitResult();
            assertArrayEquals(Arrays.copyOfRange(frame, 70_000, frame.length), r.bytes.toByteArray(),
                    "the rest of the frame, from the asked offset, taken out of the whole answer");
            assertTrue(result.frameComplete(), "complete");
            assertEquals(null, server.seen().get(1).header("Range"), "fallback asked without Range");
        }
    }

    @Test
    void failsNamingTheHeaderWhenContentRangeIsMalformed() throws Exception {
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> {
            resp.getHeaders().put("Content-Range", "bytes 9-3/10");
            Frames.send(resp, 206, TYPE, new byte[7], cb);
        })) {
            String message = fetch(server, ByteRange.prefix(100)).awaitFailure().getMessage();
            assertTrue(message.contains("bytes 9-3/10") && message.contains("test-stage")
                    && message.contains("/frames/1"), "message names header value, stage and URL: " + message);
        }
    }
}
