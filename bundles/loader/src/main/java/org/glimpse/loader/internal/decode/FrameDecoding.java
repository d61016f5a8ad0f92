package org.glimpse.loader.internal.decode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.frame.DecodedFrame;

/**
 * The loader's one way to decode: asynchronous, prioritised, cancellable per load. Jobs wait in one priority
 * queue (lower rank first, then first come) served by one thread per core; cancelling a load drops its queued
 * jobs at once, and its future completes when its running jobs have returned. Everything else in the loader
 * reaches decoders through this class only, so that it is the one place to change for another decode service.
 */
public final class FrameDecoding implements AutoCloseable {

    private final DecoderRegistry decoders;
    private final PriorityBlockingQueue<Queued> queue = new PriorityBlockingQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Map<Object, Integer> running = new HashMap<>();
    private final Map<Object, List<CompletableFuture<Void>>> drained = new HashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private final int decoderThreads;
    private volatile boolean closed;

    private record Queued(DecodeJob job, long sequence) implements Comparable<Queued> {
        @Override
        public int compareTo(Queued o) {
            int c = Long.compare(job.rank(), o.job.rank());
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }

    /** @param workers decode threads (one per core); each decode may use {@code decoderThreads} of the codec's */
    public FrameDecoding(DecoderRegistry decoders, int workers, int decoderThreads) {
        this.decoders = decoders;
        this.decoderThreads = decoderThreads;
        for (int i = 0; i < workers; i++) {
            Thread t = new Thread(this::serve, "glimpse-decode-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    /** Queues a decode. */
    public void submit(DecodeJob job) {
        queue.add(new Queued(job, sequence.getAndIncrement()));
    }

    /** Whether a decoder of the syntax is available, and whether it decodes prefixes (null: no decoder). */
    public Boolean decodesPrefixes(String transferSyntaxUid) {
        FrameDecoder d = decoders.forSyntax(transferSyntaxUid);
        return d == null ? null : d.decodesPrefixes();
    }

    /** The best decoder of a syntax, for inspection of held bytes, or null. */
    public FrameDecoder decoderOf(String transferSyntaxUid) {
        return decoders.forSyntax(transferSyntaxUid);
    }

    /** Drops the queued jobs of {@code owner}; completes when none of its jobs runs any more. */
    public CompletableFuture<Void> cancel(Object owner) {
        queue.removeIf(q -> q.job.owner() == owner);
        synchronized (running) {
            if (running.getOrDefault(owner, 0) == 0) {
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> f = new CompletableFuture<>();
            drained.computeIfAbsent(owner, o -> new ArrayList<>()).add(f);
            return f;
        }
    }

    private void serve() {
        while (!closed) {
            Queued q;
            try {
                q = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            Object owner = q.job.owner();
            synchronized (running) {
                running.merge(owner, 1, Integer::sum);
            }
            try {
                run(q.job);
            } finally {
                finished(owner);
            }
        }
    }

    private void run(DecodeJob job) {
        FrameDecoder decoder = decoders.forSyntax(job.frame().transferSyntaxUid());
        if (decoder == null) {
            job.done().failed(new DecodeException(Kind.UNAVAILABLE, job.frame().key(), "no decoder is available for "
                    + "transfer syntax " + job.frame().transferSyntaxUid()));
            return;
        }
        long t0 = System.nanoTime();
        DecodedFrame result;
        try {
            result = decoder.decode(job.frame(), new DecodeOptions(job.reduce(), decoderThreads,
                    DecodeOptions.DEFAULT.timeoutMillis()));
        } catch (DecodeException e) {
            job.done().failed(e);
            return;
        } catch (RuntimeException e) {
            job.done().failed(new DecodeException(Kind.MALFORMED, job.frame().key(), decoder.name() + " failed: " + e,
                    e));
            return;
        }
        job.done().decoded(result, (System.nanoTime() - t0) / 1e6);
    }

    private void finished(Object owner) {
        List<CompletableFuture<Void>> waiting = null;
        synchronized (running) {
            int left = running.merge(owner, -1, Integer::sum);
            if (left <= 0) {
                running.remove(owner);
                waiting = drained.remove(owner);
            }
        }
        if (waiting != null) {
            waiting.forEach(f -> f.complete(null));
        }
    }

    @Override
    public void close() {
        closed = true;
        threads.forEach(Thread::interrupt);
        queue.clear();
    }
}
