package org.glimpse.transport.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.transport.internal.testing.Frames;
import org.glimpse.transport.internal.testing.LoopbackServer;
import org.glimpse.transport.internal.testing.Recorder;
import org.glimpse.transport.internal.testing.Requests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One media range per request; on 400/406 fall back to transfer-syntax=*, then to no Accept. */
class NegotiationTest {

    private final WadoTransport transport = new WadoTransport(TransportSettings.DEFAULTS, null, null);

    @AfterEach
    void close() {
        transport.close();
    }

    private List<String> acceptsSeen(LoopbackServer server) {
        return server.seen().stream().map(s -> String.valueOf(s.header("Accept"))).toList();
    }

    @Test
    void fallsBackToAnyTransferSyntaxAfter406() throws Exception {
        byte[] frame = Frames.htj2k(2_000, 21);
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> {
            String accept = req.getHeaders().get("Accept");
            if (accept != null && accept.contains("transfer-syntax=*")) {
                Frames.send(resp, 200, "application/octet-stream", frame, cb);
            } else {
                Frames.send(resp, 406, "text/plain", "no".getBytes(), cb);
            }
        })) {
            Recorder r = new Recorder();
            transport.fetch(Requests.frame(server.uri("/wado"), 1, null, TransferSyntax.HTJ2K_LOSSLESS_RPCL,
                    TransferSyntax.JPEG_LS_LOSSLESS), r);
            r.awaitResult();
            assertArrayEquals(frame, r.bytes.toByteArray(), "frame after fallback");
            List<String> seen = acceptsSeen(server);
            assertEquals(3, seen.size(), "two specific syntaxes then *: " + seen);
            assertTrue(seen.get(0).endsWith("transfer-syntax=" + TransferSyntax.HTJ2K_LOSSLESS_RPCL)
                    && !seen.get(0).contains(","), "one media range first: " + seen.get(0));
            assertTrue(seen.get(1).equals("multipart/related; type=\"image/jls\"; transfer-syntax="
                    + TransferSyntax.JPEG_LS_LOSSLESS), "second, with the JPEG-LS media type: " + seen);
            assertTrue(seen.get(2).endsWith("transfer-syntax=*"), "then any: " + seen);
        }
    }

    @Test
    void fallsBackToNoAcceptAfter400() throws Exception {
        byte[] frame = Frames.htj2k(2_000, 22);
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> {
            if (req.getHeaders().get("Accept") == null) {
                Frames.send(resp, 200, "application/octet-stream", frame, cb);
            } else {
                Frames.send(resp, 400, "text/plain", "bad accept".getBytes(), cb);
            }
        })) {
            Recorder r = new Recorder();
            transport.fetch(Requests.frame(server.uri("/wado"), 1, null, TransferSyntax.HTJ2K_LOSSLESS), r);
            r.awaitResult();
            assertEquals(Arrays.asList("multipart/related; type=\"image/jphc\"; transfer-syntax="
                    + TransferSyntax.HTJ2K_LOSSLESS, "multipart/related; type=\"application/octet-stream\"; "
                    + "transfer-syntax=*", "null"), acceptsSeen(server), "the whole ladder was walked");
        }
    }

    @Test
    void fallsBackAfterA500ForASpecificSyntaxWithoutRetryingIt() throws Exception {
        byte[] frame = Frames.raw(2_000, 23);
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> {
            String accept = String.valueOf(req.getHeaders().get("Accept"));
            if (accept.contains("transfer-syntax=*")) {
                Frames.send(resp, 200, "application/octet-stream", frame, cb);
            } else {
                Frames.send(resp, 500, "text/plain", "cannot transcode".getBytes(), cb);
            }
        })) {
            Recorder r = new Recorder();
            transport.fetch(Requests.frame(server.uri("/wado"), 1, null, TransferSyntax.JPEG_2000_LOSSLESS), r);
            r.awaitResult();
            List<String> seen = acceptsSeen(server);
            assertEquals(2, seen.size(), "the 500 was not retried, the ladder moved on: " + seen);
            assertTrue(seen.get(0).contains("image/jp2") && seen.get(1).endsWith("transfer-syntax=*"), "order: " + seen);
        }
    }

    @Test
    void failsWithTheLastStatusWhenEveryFallbackIsRefused() throws Exception {
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> Frames.send(resp, 406, "text/plain",
                "no".getBytes(), cb))) {
            Recorder r = new Recorder();
            transport.fetch(Requests.frame(server.uri("/wado"), 1, null), r);
            var failure = r.awaitFailure();
            assertEquals(406, failure.status(), "status of the last answer");
            assertEquals(2, server.seen().size(), "* then none");
        }
    }
}
