package org.glimpse.transport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.glimpse.api.transport.FrameListener;
import org.eclipse.jetty.util.Blocker;
import org.glimpse.api.transport.FrameExchange;
import org.glimpse.api.transport.TransportException;
import org.glimpse.transport.internal.testing.Frames;
import org.glimpse.transport.internal.testing.LoopbackServer;
import org.glimpse.transport.internal.testing.Recorder;
import org.glimpse.transport.internal.testing.Requests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cancelling aborts the exchange at once: the server sees it, nothing stays in flight. */
class CancelTest {

    /** A server that trickles a large frame and notes when a write fails (the client went away). */
    private static LoopbackServer trickling(CountDownLatch serverSawAbort) throws Exception {
        return new LoopbackServer((req, resp, cb) -> {
            resp.setStatus(200);
            resp.getHeaders().put("Content-Type", "application/octet-stream");
            byte[] chunk = Frames.htj2k(16_384, 41);
            try {
                // bounded: 400 × 25 ms = at most 10 s
                for (int i = 0; i < 400; i++) {
                    try (Blocker.Callback b = Blocker.callback()) {
                        resp.write(false, ByteBuffer.wrap(chunk), b);
                        b.block();
                    }
                    Thread.sleep(25);
                }
                resp.write(true, ByteBuffer.allocate(0), cb);
            } catch (Exception e) {
                serverSawAbort.countDown();
                cb.failed(e);
            }
        });
    }

    @ParameterizedTest(name = "h2c={0}")
    @ValueSource(booleans = {false, true})
    void cancelAbortsTheExchangeAndTheServerSeesIt(boolean h2c) throws Exception {
        CountDownLatch serverSawAbort = new CountDownLatch(1);
        try (LoopbackServer server = trickling(serverSawAbort);
                WadoTransport transport = new WadoTransport(TransportSettings.DEFAULTS.withCleartextHttp2(h2c), null,
                        null)) {
            Recorder r = new Recorder();
            FrameExchange ex = transport.fetch(Requests.frame(server.uri("/wado"), 1, null), r);
            assertTrue(r.firstBytes.await(10, TimeUnit.SECONDS), "bytes started to arrive");
            ex.cancel();
            TransportException failure = r.awaitFailure();
            assertTrue(failure.cancelled(), "failure marks the cancel: " + failure.getMessage());
            assertTrue(completesExceptionally(ex), "completion ended exceptionally");
            assertTrue(serverSawAbort.await(5, TimeUnit.SECONDS),
                    "server saw the " + (h2c ? "stream reset" : "connection close"));
            assertEquals(0, transport.scheduler().running(), "nothing in flight");
            int size = r.bytes.size();
            Thread.sleep(100);
            assertEquals(size, r.bytes.size(), "no bytes delivered after the cancel");
            assertFalse(r.events.contains("content-after-end"), "events: " + r.events);
            assertEquals("HTTP/2.0".equals(server.seen().get(0).protocol()), h2c,
                    "protocol on the wire: " + server.seen().get(0).protocol());
        }
    }

    @org.junit.jupiter.api.Test
    void listenersThatCancelEachOtherFromTheirCallbacksDoNotDeadlock() throws Exception {
        CountDownLatch serverSawAbort = new CountDownLatch(2);
        try (LoopbackServer server = trickling(serverSawAbort);
                WadoTransport transport = new WadoTransport(TransportSettings.DEFAULTS, null, null)) {
            AtomicReference<FrameExchange> a = new AtomicReference<>();
            AtomicReference<FrameExchange> b = new AtomicReference<>();
            CountDownLatch bothStarted = new CountDownLatch(2);
            CountDownLatch ended = new CountDownLatch(2);
            a.set(transport.fetch(Requests.frame(server.uri("/wado"), 1, null), crossCancelling(b, bothStarted, ended)));
            b.set(transport.fetch(Requests.frame(server.uri("/wado"), 2, null), crossCancelling(a, bothStarted, ended)));
            assertTrue(ended.await(20, TimeUnit.SECONDS), "both retrievals ended: no deadlock");
            assertTrue(completesExceptionally(a.get()) && completesExceptionally(b.get()), "both cancelled");
        }
    }

    private static boolean completesExceptionally(FrameExchange ex) throws Exception {
        try {
            ex.completion().get(10, TimeUnit.SECONDS);
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause() instanceof TransportException t && t.cancelled();
        }
    }

    /** Once both have bytes, cancels the other retrieval from inside its own content callback. */
    private static FrameListener crossCancelling(AtomicReference<FrameExchange> other, CountDownLatch bothStarted,
            CountDownLatch ended) {
        return new FrameListener() {
            private boolean counted;

            @Override
            public void onContent(long offset, ByteBuffer chunk) {
                if (!counted) {
                    counted = true;
                    bothStarted.countDown();
                }
                if (bothStarted.getCount() == 0 && other.get() != null) {
                    other.get().cancel();
                }
            }

            @Override
            public void onFailure(TransportException failure) {
                ended.countDown();
                if (other.get() != null) {
                    other.get().cancel();
                }
            }

            @Override
            public void onComplete(org.glimpse.api.transport.FrameResult result) {
                ended.countDown();
            }
        };
    }

    @org.junit.jupiter.api.Test
    void closingTheTransportEndsEveryQueuedAndRunningRequest() throws Exception {
        CountDownLatch serverSawAbort = new CountDownLatch(1);
        try (LoopbackServer server = trickling(serverSawAbort)) {
            WadoTransport transport = new WadoTransport(TransportSettings.DEFAULTS.withMaxConnectionsPerHost(1), null,
                    null);
            List<FrameExchange> all = new ArrayList<>();
            Recorder first = new Recorder();
            all.add(transport.fetch(Requests.frame(server.uri("/wado"), 1, null), first));
            for (int n = 2; n <= 5; n++) {
                all.add(transport.fetch(Requests.frame(server.uri("/wado"), n, null), new Recorder()));
            }
            assertTrue(first.firstBytes.await(10, TimeUnit.SECONDS), "first request running");
            transport.close();
            for (FrameExchange ex : all) {
                assertTrue(completesExceptionally(ex), "every future ends cancelled: " + ex.request().frame());
            }
        }
    }

    @org.junit.jupiter.api.Test
    void aCancelledExchangeIsNotKeptByTheTransport() throws Exception {
        CountDownLatch serverSawAbort = new CountDownLatch(1);
        try (LoopbackServer server = trickling(serverSawAbort);
                WadoTransport transport = new WadoTransport(TransportSettings.DEFAULTS, null, null)) {
            Recorder r = new Recorder();
            FrameExchange ex = transport.fetch(Requests.frame(server.uri("/wado"), 1, null), r);
            assertTrue(r.firstBytes.await(10, TimeUnit.SECONDS), "bytes started to arrive");
            ex.cancel();
            r.awaitFailure();
            assertTrue(serverSawAbort.await(5, TimeUnit.SECONDS), "aborted");
            java.lang.ref.WeakReference<FrameExchange> exchange = new java.lang.ref.WeakReference<>(ex);
            ex = null;
            for (int i = 0; i < 50 && exchange.get() != null; i++) {
                System.gc();
                Thread.sleep(20);
            }
            assertTrue(exchange.get() == null, "the cancelled exchange (and the buffers it held) can be collected");
        }
    }

    @org.junit.jupiter.api.Test
    void cancellingASeriesDropsQueuedRequestsBeforeTheyAreSent() throws Exception {
        CountDownLatch serverSawAbort = new CountDownLatch(1);
        try (LoopbackServer server = trickling(serverSawAbort);
                WadoTransport transport = new WadoTransport(TransportSettings.DEFAULTS.withMaxConnectionsPerHost(1),
                        null, null)) {
            List<Recorder> recorders = new ArrayList<>();
            for (int n = 1; n <= 4; n++) {
                Recorder r = new Recorder();
                recorders.add(r);
                transport.fetch(Requests.frame(server.uri("/wado"), n, null), r);
            }
            assertTrue(recorders.get(0).firstBytes.await(10, TimeUnit.SECONDS), "first request running");
            int cancelled = transport.cancel(Requests.series(server.uri("/wado")));
            assertEquals(4, cancelled, "one running + three queued");
            for (Recorder r : recorders) {
                assertTrue(r.awaitFailure().cancelled(), "each ends cancelled");
            }
            assertTrue(serverSawAbort.await(5, TimeUnit.SECONDS), "running exchange aborted");
            assertEquals(1, server.seen().size(), "queued requests were never sent");
            assertEquals(0, transport.scheduler().running() + transport.scheduler().waiting(), "queues empty");
        }
    }
}
