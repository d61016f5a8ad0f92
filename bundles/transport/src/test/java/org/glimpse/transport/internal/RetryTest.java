package org.glimpse.transport.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.util.Blocker;
import org.glimpse.api.transport.FrameResult;
import org.glimpse.api.transport.TransportException;
import org.glimpse.transport.internal.testing.Frames;
import org.glimpse.transport.internal.testing.LoopbackServer;
import org.glimpse.transport.internal.testing.Ranges;
import org.glimpse.transport.internal.testing.Recorder;
import org.glimpse.transport.internal.testing.Requests;
import org.glimpse.transport.internal.testing.StaleKeepAliveServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retries that are ours to make: stale keep-alive once, 5xx with backoff, resume after a cut body. */
class RetryTest {

    private static final String TYPE = "application/octet-stream";

    private final WadoTransport transport = new WadoTransport(
            new TransportSettings(6, false, 5_000, 30_000, 2, 20), null, null);

    @AfterEach
    void close() {
        transport.close();
    }

    @Test
    void resumesFromTheHeldOffsetAfterTheBodyIsCutMidway() throws Exception {
        byte[] frame = Frames.htj2k(400_000, 31);
        AtomicInteger calls = new AtomicInteger();
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> {
            if (calls.incrementAndGet() == 1) {
                resp.setStatus(200);
                resp.getHeaders().put("Content-Type", TYPE);
                resp.getHeaders().put("Content-Length", frame.length);
                try (Blocker.Callback b = Blocker.callback()) {
                    resp.write(false, ByteBuffer.wrap(frame, 0, 150_000), b);
                    b.block();
                }
                cb.failed(new java.io.IOException("reset mid-body by the test server"));
            } else {
                Ranges.serve(req, resp, frame, TYPE, cb);
            }
        })) {
            Recorder r = new Recorder();
            transport.fetch(Requests.frame(server.uri("/wado"), 1, null), r);
            FrameResult result = r.awaitResult();
            assertArrayEquals(frame, r.bytes.toByteArray(), "frame whole after the resume, no byte twice");
            String resume = server.seen().get(1).header("Range");
            long held = Long.parseLong(resume.substring("bytes=".length(), resume.length() - 1));
            assertTrue(held >= 100_000 && held <= 150_000 && resume.endsWith("-"),
                    "resumed with bytes=N- from what was held: " + resume);
            assertEquals(2, result.metrics().attempts(), "two attempts");
            assertTrue(result.frameComplete(), "complete");
        }
    }

    @Test
    void retriesOnceOnAFreshConnectionWhenAKeepAliveConnectionWasClosed() throws Exception {
        byte[] frame = Frames.htj2k(1_000, 32);
        try (StaleKeepAliveServer server = new StaleKeepAliveServer(frame, 4)) {
            URI root = URI.create("http://127.0.0.1:" + server.port() + "/wado");
            TransportSettings one = new TransportSettings(1, false, 5_000, 30_000, 0, 20);
            try (WadoTransport t = new WadoTransport(one, null, null)) {
                Recorder first = new Recorder();
                t.fetch(Requests.frame(root, 1, null), first);
                first.awaitResult();
                Recorder second = new Recorder();
                t.fetch(Requests.frame(root, 2, null), second);
                FrameResult result = second.awaitResult();
                assertArrayEquals(frame, second.bytes.toByteArray(), "second frame arrived");
                assertEquals(2, result.metrics().attempts(), "the stale connection cost one retry");
                assertEquals(2, server.connections(), "the retry used a new connection");
                assertEquals(2, server.answered(), "each connection answered once");
            }
        }
    }

    @Test
    void retriesA500WithBackoffAndSucceeds() throws Exception {
        byte[] frame = Frames.htj2k(1_000, 33);
        AtomicInteger calls = new AtomicInteger();
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> {
            if (calls.incrementAndGet() == 1) {
                Frames.send(resp, 500, "text/plain", "busy".getBytes(), cb);
            } else {
                Frames.send(resp, 200, TYPE, frame, cb);
            }
        })) {
            Recorder r = new Recorder();
            transport.fetch(Requests.frame(server.uri("/wado"), 1, null), r);
            FrameResult result = r.awaitResult();
            assertEquals(2, result.metrics().attempts(), "one retry");
            assertEquals(200, result.metrics().status(), "final status");
        }
    }

    @Test
    void givesUpAfterTheRetryLimitNamingUrlStatusAndStage() throws Exception {
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> Frames.send(resp, 503, "text/plain",
                "down".getBytes(), cb))) {
            Recorder r = new Recorder();
            transport.fetch(Requests.frame(server.uri("/wado"), 1, null), r);
            TransportException e = r.awaitFailure();
            assertEquals(3, server.seen().size(), "first attempt + 2 retries");
            assertEquals(503, e.status(), "status kept");
            assertTrue(e.getMessage().contains("/frames/1") && e.getMessage().contains("503")
                    && e.getMessage().contains("test-stage"), "message: " + e.getMessage());
        }
    }

    @Test
    void doesNotRetryA404() throws Exception {
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> Frames.send(resp, 404, "text/plain",
                "gone".getBytes(), cb))) {
            Recorder r = new Recorder();
            transport.fetch(Requests.frame(server.uri("/wado"), 1, null), r);
            assertEquals(404, r.awaitFailure().status(), "404 reported");
            assertEquals(1, server.seen().size(), "a 404 is final");
        }
    }
}
