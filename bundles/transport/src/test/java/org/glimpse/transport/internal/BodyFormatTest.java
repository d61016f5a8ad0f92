package org.glimpse.transport.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.api.transport.FrameResult;
import org.glimpse.transport.internal.testing.Frames;
import org.glimpse.transport.internal.testing.LoopbackServer;
import org.glimpse.transport.internal.testing.Recorder;
import org.glimpse.transport.internal.testing.Requests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What servers put in a 200 body, and how the transport reads it. */
class BodyFormatTest {

    private final WadoTransport transport = new WadoTransport(TransportSettings.DEFAULTS, null, null);

    @AfterEach
    void close() {
        transport.close();
    }

    private Recorder fetch(LoopbackServer server) {
        Recorder r = new Recorder();
        transport.fetch(Requests.frame(server.uri("/wado"), 1, null, TransferSyntax.HTJ2K_LOSSLESS_RPCL), r);
        return r;
    }

    @Test
    void readsAMultipartAnswerWhoseHeaderHasNoBoundary() throws Exception {
        byte[] frame = Frames.htj2k(100_000, 1);
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> Frames.send(resp, 200,
                "multipart/related; type=\"application/octet-stream\"",
                Frames.multipart("Q1w2E3", "application/octet-stream; transfer-syntax=1.2.840.10008.1.2.4.202", frame),
                cb))) {
            Recorder r = fetch(server);
            FrameResult result = r.awaitResult();
            assertArrayEquals(frame, r.bytes.toByteArray(), "frame bytes from the part");
            assertTrue(result.frameComplete(), "a 200 is the whole frame");
            var m = result.metrics();
            assertEquals(frame.length, m.bytes(), "metrics count frame bytes, not multipart bytes");
            assertEquals(200, m.status(), "metrics status");
            assertEquals("HTTP/1.1", m.protocol(), "metrics protocol");
            assertEquals(1, m.attempts(), "one attempt");
            assertTrue(m.firstByteNanos() > 0 && m.lastByteNanos() >= m.firstByteNanos() && m.queuedNanos() >= 0,
                    "first and last byte times in order: " + m);
            assertTrue(m.url().toString().endsWith("/instances/3/frames/1"), "metrics URL " + m.url());
            assertEquals(TransferSyntax.HTJ2K_LOSSLESS_RPCL, r.info.transferSyntaxUid(), "part label kept");
        }
    }

    @Test
    void failsWhenAnAnswerCarriesNoFrameBytes() throws Exception {
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> Frames.send(resp, 200,
                "multipart/related; boundary=e", "--e--\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                cb))) {
            String message = fetch(server).awaitFailure().getMessage();
            assertTrue(message.contains("no frame bytes") && message.contains("multipart/related; boundary=e"),
                    "names what came: " + message);
        }
    }

    @Test
    void trustsTheBytesOverAWrongLabel() throws Exception {
        byte[] frame = Frames.htj2k(5_000, 2);
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> Frames.send(resp, 200,
                "application/octet-stream; transfer-syntax=" + TransferSyntax.JPEG_LS_LOSSLESS, frame, cb))) {
            Recorder r = fetch(server);
            r.awaitResult();
            assertTrue(TransferSyntax.isHtj2k(r.info.transferSyntaxUid()),
                    "HTJ2K bytes labelled JPEG-LS are reported as HTJ2K, got " + r.info.transferSyntaxUid());
        }
    }

    @Test
    void readsTheTransferSyntaxFromInsideTheQuotedTypeParameter() throws Exception {
        byte[] frame = Frames.htj2k(3_000, 3);
        String type = "multipart/related; type=\"application/octet-stream; transfer-syntax="
                + TransferSyntax.HTJ2K_LOSSLESS + "\"; boundary=b0";
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> Frames.send(resp, 200, type,
                Frames.multipart("b0", "application/octet-stream", frame), cb))) {
            Recorder r = fetch(server);
            r.awaitResult();
            assertEquals(TransferSyntax.HTJ2K_LOSSLESS, r.info.transferSyntaxUid(),
                    "label taken from the type parameter and agreeing with the bytes");
        }
    }

    @Test
    void dropsOnePadByteAfterTheEndOfCodestreamMarker() throws Exception {
        byte[] frame = Frames.htj2k(4_001, 4);
        byte[] padded = Arrays.copyOf(frame, frame.length + 1);
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> Frames.send(resp, 200,
                "multipart/related; boundary=p", Frames.multipart("p", "application/octet-stream", padded), cb))) {
            Recorder r = fetch(server);
            FrameResult result = r.awaitResult();
            assertArrayEquals(frame, r.bytes.toByteArray(), "codestream without its 0x00 pad byte");
            assertEquals(frame.length, result.bytesDelivered(), "bytes delivered count the frame only");
        }
    }

    @Test
    void keepsATrailingZeroOfUncompressedPixels() throws Exception {
        byte[] frame = Frames.raw(1_001, 5);
        frame[frame.length - 3] = (byte) 0xFF;
        frame[frame.length - 2] = (byte) 0xD9;
        frame[frame.length - 1] = 0;
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> Frames.send(resp, 200,
                "application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1", frame, cb))) {
            Recorder r = fetch(server);
            r.awaitResult();
            assertArrayEquals(frame, r.bytes.toByteArray(), "native pixels are delivered whole, last 0x00 too");
            assertEquals(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, r.info.transferSyntaxUid(), "native");
        }
    }

    @Test
    void decodesAGzipBodyThatWasNotAskedFor() throws Exception {
        byte[] frame = Frames.htj2k(50_000, 6);
        Arrays.fill(frame, 100, 40_000, (byte) 7);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(frame);
        }
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> {
            resp.getHeaders().put("Content-Encoding", "gzip");
            Frames.send(resp, 200, "application/octet-stream", gz.toByteArray(), cb);
        })) {
            Recorder r = fetch(server);
            r.awaitResult();
            assertArrayEquals(frame, r.bytes.toByteArray(), "gzip decoded");
            assertTrue(gz.size() < frame.length / 2, "the body really was compressed: " + gz.size());
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "zlib wrapper={0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void decodesADeflateBodyThatWasNotAskedFor(boolean zlib) throws Exception {
        byte[] frame = Frames.htj2k(300_000, 8);
        Arrays.fill(frame, 1_000, 250_000, (byte) 3);
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream out = new java.util.zip.DeflaterOutputStream(deflated,
                new java.util.zip.Deflater(6, !zlib))) {
            out.write(frame);
        }
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> {
            resp.getHeaders().put("Content-Encoding", "deflate");
            Frames.send(resp, 200, "application/octet-stream", deflated.toByteArray(), cb);
        })) {
            Recorder r = fetch(server);
            r.awaitResult();
            assertArrayEquals(frame, r.bytes.toByteArray(), "deflate decoded");
            assertTrue(deflated.size() < frame.length / 2, "the body really was compressed: " + deflated.size());
        }
    }

    @Test
    void failsNamingTheEncodingWhenADeflateBodyIsCorrupt() throws Exception {
        byte[] junk = Frames.raw(5_000, 9);
        junk[0] = 0x78;
        junk[1] = (byte) 0x9C;
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> {
            resp.getHeaders().put("Content-Encoding", "deflate");
            Frames.send(resp, 200, "application/octet-stream", junk, cb);
        })) {
            String message = fetch(server).awaitFailure().getMessage();
            assertTrue(message.contains("deflate"), "names the encoding: " + message);
        }
    }

    @Test
    void readsABodyWithoutContentLengthThatEndsAtEndOfStream() throws Exception {
        byte[] frame = Frames.htj2k(200_000, 7);
        byte[] body = Frames.multipart("eof", "application/octet-stream", frame);
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> {
            resp.setStatus(200);
            resp.getHeaders().put("Content-Type", "multipart/related; boundary=eof");
            resp.getHeaders().put("Connection", "close");
            for (int i = 0; i < body.length; i += 30_000) {
                org.eclipse.jetty.util.Blocker.Callback b = org.eclipse.jetty.util.Blocker.callback();
                int n = Math.min(30_000, body.length - i);
                resp.write(false, ByteBuffer.wrap(body, i, n), b);
                b.block();
                b.close();
            }
            resp.write(true, ByteBuffer.allocate(0), cb);
        })) {
            Recorder r = fetch(server);
            r.awaitResult();
            assertArrayEquals(frame, r.bytes.toByteArray(), "streamed body read to its end");
        }
    }
}
