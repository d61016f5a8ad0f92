package org.glimpse.transport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.glimpse.api.transport.FrameListener;
import org.glimpse.api.transport.FrameResult;
import org.glimpse.api.transport.TransportException;
import org.glimpse.transport.internal.testing.Frames;
import org.glimpse.transport.internal.testing.LoopbackServer;
import org.glimpse.transport.internal.testing.Requests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Many frames queued at once: none rejected, none lost, queues empty at the end (a small fixed load). */
class LoadTest {

    private static final int FRAMES = 1_000;

    @ParameterizedTest(name = "h2c={0}")
    @ValueSource(booleans = {false, true})
    void aThousandQueuedFramesAllArrive(boolean h2c) throws Exception {
        byte[] frame = Frames.htj2k(4_096, 101);
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> Frames.send(resp, 200,
                "application/octet-stream", frame, cb));
                WadoTransport transport = new WadoTransport(TransportSettings.DEFAULTS.withCleartextHttp2(h2c)
                        .withMaxConnectionsPerHost(h2c ? 64 : 6), null, null)) {
            CountDownLatch done = new CountDownLatch(FRAMES);
            AtomicInteger failures = new AtomicInteger();
            AtomicLong bytes = new AtomicLong();
            for (int n = 1; n <= FRAMES; n++) {
                transport.fetch(Requests.frame(server.uri("/wado"), n, null), new FrameListener() {
                    @Override
                    public void onContent(long offset, ByteBuffer chunk) {
                        bytes.addAndGet(chunk.remaining());
                    }

                    @Override
                    public void onComplete(FrameResult result) {
                        done.countDown();
                    }

                    @Override
                    public void onFailure(TransportException failure) {
                        failures.incrementAndGet();
                        done.countDown();
                    }
                });
            }
            assertTrue(done.await(60, TimeUnit.SECONDS), "all ended; " + done.getCount() + " left");
            assertEquals(0, failures.get(), "no rejections or failures");
            assertEquals((long) FRAMES * frame.length, bytes.get(), "every byte of every frame");
            assertEquals(0, transport.scheduler().running() + transport.scheduler().waiting(), "queues empty");
            assertTrue(server.connections() <= (h2c ? 1 : 6), "connections used: " + server.connections());
        }
    }
}
