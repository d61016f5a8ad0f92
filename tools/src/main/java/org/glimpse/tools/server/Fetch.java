package org.glimpse.tools.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.Request;

/** One timed exchange: when it was sent, when the first body byte and the last arrived, and how many bytes. */
record Fetch(int status, long bytes, long sentNanos, long firstByteNanos, long endNanos) {

    double firstByteMillis() {
        return (firstByteNanos - sentNanos) / 1e6;
    }

    double totalSeconds() {
        return (endNanos - sentNanos) / 1e9;
    }

    /** Body bits per second between the first and the last body byte. */
    double goodputBitsPerSecond() {
        return bytes * 8 / ((endNanos - firstByteNanos) / 1e9);
    }

    /** Sends {@code request}, counting body bytes without keeping them. */
    static Fetch run(Request request) throws Exception {
        long[] first = {0};
        long[] bytes = {0};
        CompletableFuture<Fetch> done = new CompletableFuture<>();
        long sent = System.nanoTime();
        request.onResponseContent((response, buffer) -> {
            if (first[0] == 0) {
                first[0] = System.nanoTime();
            }
            bytes[0] += buffer.remaining();
        }).send(result -> {
            if (result.isFailed()) {
                done.completeExceptionally(result.getFailure());
            } else {
                long end = System.nanoTime();
                done.complete(new Fetch(result.getResponse().getStatus(), bytes[0], sent,
                        first[0] == 0 ? end : first[0], end));
            }
        });
        Fetch f = done.get(120, TimeUnit.SECONDS);
        if (f.status() != 200 && f.status() != 206) {
            throw new IllegalStateException("benchmark request " + request.getURI() + " answered " + f.status());
        }
        return f;
    }
}
