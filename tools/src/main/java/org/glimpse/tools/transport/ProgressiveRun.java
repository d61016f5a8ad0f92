package org.glimpse.tools.transport;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.transport.ByteRange;
import org.glimpse.api.transport.FrameListener;
import org.glimpse.api.transport.FrameRequest;
import org.glimpse.api.transport.FrameResult;
import org.glimpse.api.transport.FrameTransport;
import org.glimpse.api.transport.SeriesLocation;
import org.glimpse.api.transport.TransportException;

/**
 * One progressive load as a viewer makes it: every frame's first 64 KB (THUMBNAIL) at once, and each
 * frame's rest (PREFETCH) as soon as its prefix is in.
 */
final class ProgressiveRun {

    /** What one run measured. */
    record Outcome(int frames, long bytes, long totalNanos, long allPrefixesNanos, String protocol, int failures,
            String firstFailure) {
    }

    private final FrameTransport transport;
    private final SeriesLocation series;
    private final String transferSyntax;
    private final Map<String, String> urlArguments;
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger prefixesLeft = new AtomicInteger();
    private final AtomicLong allPrefixesAt = new AtomicLong(-1);
    private final Map<String, String> firstFailure = new ConcurrentHashMap<>();
    private volatile String protocol = "?";
    private CountDownLatch done;

    ProgressiveRun(FrameTransport transport, SeriesLocation series, String transferSyntax,
            Map<String, String> urlArguments) {
        this.transport = transport;
        this.series = series;
        this.transferSyntax = transferSyntax;
        this.urlArguments = urlArguments;
    }

    Outcome run(List<FrameKey> frames, int chunkSize, long timeoutSeconds) throws InterruptedException {
        done = new CountDownLatch(frames.size());
        prefixesLeft.set(frames.size());
        long start = System.nanoTime();
        for (int i = 0; i < frames.size(); i++) {
            transport.fetch(request(frames.get(i), i, ByteRange.prefix(chunkSize), RequestType.THUMBNAIL),
                    new Prefix(frames.get(i), i));
        }
        if (!done.await(timeoutSeconds, TimeUnit.SECONDS)) {
            transport.cancel(series);
            failures.incrementAndGet();
            firstFailure.putIfAbsent("f", "not finished within " + timeoutSeconds + " s");
        }
        long total = System.nanoTime() - start;
        long prefixes = allPrefixesAt.get() < 0 ? -1 : allPrefixesAt.get() - start;
        return new Outcome(frames.size(), bytes.get(), total, prefixes, protocol, failures.get(),
                firstFailure.get("f"));
    }

    private FrameRequest request(FrameKey key, int index, ByteRange range, RequestType type) {
        return new FrameRequest(series, key, index, null, urlArguments, range, List.of(transferSyntax), type, 0,
                "bench-" + type.name().toLowerCase(java.util.Locale.ROOT));
    }

    private void prefixDone() {
        if (prefixesLeft.decrementAndGet() == 0) {
            allPrefixesAt.set(System.nanoTime());
        }
    }

    private void failed(TransportException e) {
        failures.incrementAndGet();
        firstFailure.putIfAbsent("f", e.getMessage());
        done.countDown();
    }

    /** Counts bytes; the buffers themselves are dropped, as a decoder would consume them. */
    private abstract class Counting implements FrameListener {
        @Override
        public void onContent(long offset, ByteBuffer chunk) {
            bytes.addAndGet(chunk.remaining());
        }

        @Override
        public void onFailure(TransportException failure) {
            failed(failure);
        }
    }

    private final class Prefix extends Counting {
        private final FrameKey key;
        private final int index;

        Prefix(FrameKey key, int index) {
            this.key = key;
            this.index = index;
        }

        @Override
        public void onComplete(FrameResult result) {
            protocol = result.metrics().protocol();
            prefixDone();
            if (result.frameComplete()) {
                done.countDown();
                return;
            }
            transport.fetch(request(key, index, ByteRange.from(result.bytesDelivered()), RequestType.PREFETCH),
                    new Counting() {
                        @Override
                        public void onComplete(FrameResult rest) {
                            done.countDown();
                        }
                    });
        }

        @Override
        public void onFailure(TransportException failure) {
            prefixDone();
            failed(failure);
        }
    }
}
