package org.glimpse.loader.internal.decode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.glimpse.api.codec.CodestreamLevels;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.DecodeService;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.frame.DecodedFrame;

/**
 * The loader's one way to decode: asynchronous, prioritised, cancellable per load. When the codec bundle offers
 * its {@link DecodeService} (a pool of decoders fed from one priority queue, running decodes stopped on cancel),
 * jobs go there; otherwise they wait in this class's own priority queue (lower rank first, then first come),
 * served by one thread per core, calling the best {@link FrameDecoder} of the syntax. Either way cancelling a
 * load drops its waiting jobs at once, and its future completes when none of its jobs runs any more. Everything
 * else in the loader reaches decoders through this class only.
 */
public final class FrameDecoding implements AutoCloseable {

    private final DecoderRegistry decoders;
    private final Supplier<DecodeService> service;
    private final ServiceTasks tasks = new ServiceTasks();
    private final PriorityBlockingQueue<Queued> queue = new PriorityBlockingQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Map<Object, Integer> running = new HashMap<>();
    private final Map<Object, List<CompletableFuture<Void>>> drained = new HashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private final int decoderThreads;
    private volatile boolean closed;

    private record Queued(DecodeJob job, long sequence, long queuedNanos) implements Comparable<Queued> {
        @Override
        public int compareTo(Queued o) {
            int c = Integer.compare(job.rank(), o.job.rank());
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }

    /** @param workers decode threads (one per core); each decode may use {@code decoderThreads} of the codec's */
    public FrameDecoding(DecoderRegistry decoders, int workers, int decoderThreads) {
        this(decoders, () -> null, workers, decoderThreads);
    }

    /** @param service the codec bundle's decode service while there is one, else null */
    public FrameDecoding(DecoderRegistry decoders, Supplier<DecodeService> service, int workers, int decoderThreads) {
        this.decoders = decoders;
        this.service = service;
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
        DecodeService s = service.get();
        if (s != null) {
            tasks.submit(s, job);
        } else {
            queue.add(new Queued(job, sequence.getAndIncrement(), System.nanoTime()));
        }
    }

    /**
     * Takes back a queued job that has not started (a prefix that the frame's whole bytes now make pointless): it
     * never runs and calls nothing back. False when it has started or ended.
     */
    public boolean withdraw(DecodeJob job) {
        return queue.removeIf(q -> q.job == job) || tasks.withdraw(job);
    }

    /** A load began: the decode service may get its decoders ready for the first decodes (see DecodeService). */
    public void loadStarting() {
        DecodeService s = service.get();
        if (s != null) {
            s.loadStarting();
        }
    }

    /** Decodes that run at the same time: the codec's pool size, else this class's threads. */
    public int concurrency() {
        DecodeService s = service.get();
        return s != null ? s.concurrency() : threads.size();
    }

    /** Whether an available decoder handles the syntax. */
    public boolean canDecode(String transferSyntaxUid) {
        DecodeService s = service.get();
        return s != null ? s.canDecode(transferSyntaxUid) : decoders.forSyntax(transferSyntaxUid) != null;
    }

    /** Whether a prefix in this syntax can be decoded to a lower resolution level. */
    public boolean decodesPrefixes(String transferSyntaxUid) {
        DecodeService s = service.get();
        if (s != null) {
            return s.decodesPrefixes(transferSyntaxUid);
        }
        FrameDecoder d = decoders.forSyntax(transferSyntaxUid);
        return d != null && d.decodesPrefixes();
    }

    /** What the bytes held can yield, read without decoding. */
    public CodestreamLevels inspect(EncodedFrame frame) throws DecodeException {
        DecodeService s = service.get();
        if (s != null) {
            return s.inspect(frame);
        }
        FrameDecoder d = decoders.forSyntax(frame.transferSyntaxUid());
        if (d == null) {
            throw new DecodeException(Kind.UNAVAILABLE, frame.key(), "no decoder is available for transfer syntax "
                    + frame.transferSyntaxUid());
        }
        return d.inspect(frame);
    }

    /** Drops the queued jobs of {@code owner}; completes when none of its jobs runs any more. */
    public CompletableFuture<Void> cancel(Object owner) {
        tasks.cancel(owner);
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
        while (!closed && takeAndRun()) {
            // each job in a call of its own: a thread waiting for the next job holds nothing of the last one
        }
    }

    private boolean takeAndRun() {
        Queued q;
        try {
            q = queue.take();
        } catch (InterruptedException e) {
            return false;
        }
        Object owner = q.job.owner();
        synchronized (running) {
            running.merge(owner, 1, Integer::sum);
        }
        try {
            run(q.job, q.queuedNanos);
        } finally {
            finished(owner);
        }
        return true;
    }

    private void run(DecodeJob job, long queuedNanos) {
        FrameDecoder decoder = decoders.forSyntax(job.frame().transferSyntaxUid());
        if (decoder == null) {
            job.done().failed(new DecodeException(Kind.UNAVAILABLE, job.frame().key(), "no decoder is available for "
                    + "transfer syntax " + job.frame().transferSyntaxUid()));
            return;
        }
        long t0 = System.nanoTime();
        DecodedFrame result;
        try {
            DecodeOptions options = new DecodeOptions(job.reduce(), decoderThreads, timeoutMillis(job.frame()));
            result = job.target() == null ? decoder.decode(job.frame(), options)
                    : decoder.decode(job.frame(), options, job.target());
        } catch (DecodeException e) {
            job.done().failed(e);
            return;
        } catch (RuntimeException e) {
            job.done().failed(new DecodeException(Kind.MALFORMED, job.frame().key(), decoder.name() + " failed: " + e,
                    e));
            return;
        }
        job.done().decoded(result, (t0 - queuedNanos) / 1e6, (System.nanoTime() - t0) / 1e6);
    }

    /**
     * The time a decode may take before it counts as hung: two seconds, plus one per million pixels, so that a
     * large frame on a busy machine is not taken for a hang (CharLS takes 0.3 s for 3036² here when idle).
     */
    static long timeoutMillis(EncodedFrame frame) {
        return DecodeOptions.DEFAULT.timeoutMillis() + (long) frame.pixel().rows() * frame.pixel().columns() / 1_000;
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
