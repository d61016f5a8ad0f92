package org.glimpse.workbench.internal.headless;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.transport.ByteRange;
import org.glimpse.api.transport.FrameListener;
import org.glimpse.api.transport.FrameRequest;
import org.glimpse.api.transport.FrameResult;
import org.glimpse.api.transport.FrameTransport;
import org.glimpse.api.transport.SeriesLocation;

/**
 * Requests the first kilobyte of a series' first frame many times through the transport, single part and
 * multipart in turn, before a measured load: a workstation in service has sent thousands of requests and runs
 * its request path compiled, where a fresh one runs it in the interpreter (handing the first request of a load
 * to Jetty took 2 to 5 ms after a single warm-up load).
 */
final class TransportWarmup {

    private TransportWarmup() {
    }

    /**
     * Sends {@code count} requests (the transport keeps as many in flight as the site allows) and waits for
     * their answers.
     *
     * @return the requests that failed, with the first failure's message; empty when all were answered
     */
    static List<String> run(FrameTransport transport, SeriesLocation series, SeriesDescriptor metadata, int count,
            long timeoutSeconds) throws InterruptedException {
        FrameKey frame = metadata.frames().get(0);
        List<CompletableFuture<FrameResult>> answers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            FrameRequest request = new FrameRequest(series, frame, 0, null, null, new ByteRange(0, 1023), List.of(),
                    RequestType.PREFETCH, 0, "transport-warmup", i % 2 == 0);
            answers.add(transport.fetch(request, new FrameListener() { }).completion());
        }
        List<String> failures = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        for (CompletableFuture<FrameResult> a : answers) {
            try {
                a.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                failures.add(e.getCause() == null ? e.toString() : e.getCause().getMessage());
            } catch (TimeoutException e) {
                failures.add("no answer within " + timeoutSeconds + " s");
                break;
            }
        }
        return failures;
    }
}
