package org.glimpse.transport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.transport.FrameExchange;
import org.glimpse.transport.internal.testing.Frames;
import org.glimpse.transport.internal.testing.LoopbackServer;
import org.glimpse.transport.internal.testing.Recorder;
import org.glimpse.transport.internal.testing.Requests;
import org.junit.jupiter.api.Test;

/** The queue order: request type, stage priority, distance from the view; live re-ordering. */
class PriorityTest {

    private static final String FRAMES = Requests.FRAME_PATH;

    @Test
    void servesQueuedRequestsByTypePriorityAndDistanceFromTheView() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch firstArrived = new CountDownLatch(1);
        byte[] frame = Frames.htj2k(500, 51);
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> {
            if (req.getHttpURI().getPath().endsWith("/frames/1")) {
                firstArrived.countDown();
                release.await(10, TimeUnit.SECONDS);
            }
            Frames.send(resp, 200, "application/octet-stream", frame, cb);
        });
                WadoTransport transport = new WadoTransport(TransportSettings.DEFAULTS.withMaxConnectionsPerHost(1),
                        null, null)) {
            var root = server.uri("/wado");
            List<Recorder> all = new ArrayList<>();
            all.add(submit(transport, Requests.typed(root, 1, RequestType.PREFETCH, 0)));
            assertTrue(firstArrived.await(10, TimeUnit.SECONDS), "blocking request reached the server");
            all.add(submit(transport, Requests.typed(root, 2, RequestType.COMPUTE, 0)));
            all.add(submit(transport, Requests.typed(root, 3, RequestType.PREFETCH, 0)));
            all.add(submit(transport, Requests.typed(root, 9, RequestType.PREFETCH, 0)));
            all.add(submit(transport, Requests.typed(root, 8, RequestType.PREFETCH, 5)));
            all.add(submit(transport, Requests.typed(root, 4, RequestType.THUMBNAIL, 0)));
            all.add(submit(transport, Requests.typed(root, 5, RequestType.INTERACTION, 3)));
            Recorder moved = new Recorder();
            FrameExchange late = transport.fetch(Requests.typed(root, 7, RequestType.COMPUTE, 0), moved);
            all.add(moved);
            // the view moves next to frame index 8 (frame 9), and one compute request becomes urgent
            transport.viewAt(Requests.series(root), 8);
            late.reprioritize(RequestType.INTERACTION, 0);
            release.countDown();
            for (Recorder r : all) {
                r.awaitResult();
            }
            List<String> order = server.seen(FRAMES).stream()
                    .map(s -> s.pathQuery().substring(FRAMES.length())).toList();
            assertEquals(List.of("1", "7", "5", "4", "9", "3", "8", "2"), order,
                    "INTERACTION (priority 0 before 3), THUMBNAIL, PREFETCH priority 0 nearest the view first,"
                            + " PREFETCH priority 5, COMPUTE");
        }
    }

    @Test
    void aFillInRequestWaitsUntilNoFirstLookIsInFlight() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch thumbnailArrived = new CountDownLatch(1);
        byte[] frame = Frames.htj2k(500, 52);
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> {
            if (req.getHttpURI().getPath().endsWith("/frames/1")) {
                thumbnailArrived.countDown();
                release.await(10, TimeUnit.SECONDS);
            }
            Frames.send(resp, 200, "application/octet-stream", frame, cb);
        });
                WadoTransport transport = new WadoTransport(TransportSettings.DEFAULTS.withMaxConnectionsPerHost(4),
                        null, null)) {
            var root = server.uri("/wado");
            // the host answers once, so that all four slots are open
            submit(transport, Requests.typed(root, 9, RequestType.PREFETCH, 0)).awaitResult();
            Recorder thumbnail = submit(transport, Requests.typed(root, 1, RequestType.THUMBNAIL, 0));
            assertTrue(thumbnailArrived.await(10, TimeUnit.SECONDS), "thumbnail reached the server");
            Recorder prefetch = submit(transport, Requests.typed(root, 2, RequestType.PREFETCH, 0));
            Recorder interaction = submit(transport, Requests.typed(root, 3, RequestType.INTERACTION, 0));
            interaction.awaitResult();
            assertEquals(List.of("9", "1", "3"), framesSeen(server), "a free slot, yet the PREFETCH waits while the"
                    + " THUMBNAIL is in flight; an INTERACTION does not");
            assertEquals(null, prefetch.result, "PREFETCH not answered while the THUMBNAIL runs");
            release.countDown();
            thumbnail.awaitResult();
            prefetch.awaitResult();
            assertEquals(List.of("9", "1", "3", "2"), framesSeen(server), "the PREFETCH once the THUMBNAIL is done");
        }
    }

    private static List<String> framesSeen(LoopbackServer server) {
        return server.seen(FRAMES).stream().map(s -> s.pathQuery().substring(FRAMES.length())).toList();
    }

    private static Recorder submit(WadoTransport transport, org.glimpse.api.transport.FrameRequest request) {
        Recorder r = new Recorder();
        transport.fetch(request, r);
        return r;
    }
}
