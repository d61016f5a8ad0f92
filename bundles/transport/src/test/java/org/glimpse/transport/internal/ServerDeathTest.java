package org.glimpse.transport.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.util.Blocker;
import org.glimpse.api.transport.TransportException;
import org.glimpse.transport.internal.testing.Frames;
import org.glimpse.transport.internal.testing.LoopbackServer;
import org.glimpse.transport.internal.testing.Recorder;
import org.glimpse.transport.internal.testing.Requests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A server that goes away: fully received answers are kept, nothing waits forever. */
class ServerDeathTest {

    private static final int ROUNDS = Integer.getInteger("glimpse.gracefulRounds", 10);

    /** jetty #15368 (open): a fully received HTTP/2 answer may be dropped on a graceful close; tried 10 times. */
    @ParameterizedTest(name = "h2c={0}")
    @ValueSource(booleans = {false, true})
    void keepsAFullyReceivedAnswerWhenTheServerShutsDownGracefully(boolean h2c) throws Exception {
        for (int i = 0; i < ROUNDS; i++) {
            oneGracefulShutdown(h2c, i);
        }
    }

    private static void oneGracefulShutdown(boolean h2c, int round) throws Exception {
        byte[] frame = Frames.htj2k(50_000, 81);
        AtomicReference<LoopbackServer> self = new AtomicReference<>();
        LoopbackServer server = new LoopbackServer((req, resp, cb) -> Frames.send(resp, 200,
                "application/octet-stream", frame, org.eclipse.jetty.util.Callback.from(() -> {
                    cb.succeeded();
                    // the whole answer is written: now the server goes away, gracefully
                    Thread stopper = new Thread(() -> {
                        try {
                            self.get().close();
                        } catch (Exception e) {
                            // the test only needs the server to be going away
                        }
                    });
                    stopper.setDaemon(true);
                    stopper.start();
                }, cb::failed)));
        server.setGracefulStopMillis(2_000);
        self.set(server);
        try (WadoTransport transport = new WadoTransport(TransportSettings.DEFAULTS.withCleartextHttp2(h2c), null,
                null)) {
            Recorder r = new Recorder();
            transport.fetch(Requests.frame(server.uri("/wado"), 1, null), r);
            r.awaitResult();
            assertArrayEquals(frame, r.bytes.toByteArray(), "round " + round
                    + ": the whole answer kept although the server stopped");
        } finally {
            server.close();
        }
    }

    @ParameterizedTest(name = "h2c={0}")
    @ValueSource(booleans = {false, true})
    void failsWithinTheIdleTimeoutWhenTheServerStallsMidBody(boolean h2c) throws Exception {
        byte[] frame = Frames.htj2k(100_000, 82);
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> {
            resp.setStatus(200);
            resp.getHeaders().put("Content-Type", "application/octet-stream");
            resp.getHeaders().put("Content-Length", frame.length);
            try (Blocker.Callback b = Blocker.callback()) {
                resp.write(false, ByteBuffer.wrap(frame, 0, 10_000), b);
                b.block();
            }
            // a stall long against the idle timeout, and an idle timeout long against a loaded machine's pauses
            // before the head arrives (a timeout there ends the retrieval with no resume)
            Thread.sleep(4_000);
            cb.failed(new java.io.IOException("stalled server gives up"));
        });
                WadoTransport transport = new WadoTransport(new TransportSettings(6, h2c, 2_000, 1_000, 1, 10), null,
                        null)) {
            Recorder r = new Recorder();
            transport.fetch(Requests.frame(server.uri("/wado"), 1, null), r);
            TransportException e = r.awaitFailure();
            assertTrue(e.getMessage().contains("cut short") || e.getMessage().contains("Timeout")
                    || e.getMessage().contains("timed out"),
                    "names what happened: " + e.getMessage());
            assertEquals(2, server.seen().size(), "one resume attempt, then the failure");
        }
    }
}
