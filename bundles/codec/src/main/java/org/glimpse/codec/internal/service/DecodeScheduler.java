package org.glimpse.codec.internal.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.glimpse.api.codec.CodestreamLevels;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.DecodeService;
import org.glimpse.api.codec.DecodeTask;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.codec.internal.decoder.CancellableDecoder;
import org.glimpse.codec.internal.decoder.CodecRuntime;
import org.glimpse.codec.internal.decoder.WorkerDecoder;
import org.glimpse.codec.internal.worker.NativeDecoding;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The decode service: one queue ordered by priority, drained by decoder threads, each decode going to the
 * highest ranked available {@link FrameDecoder} of its syntax. There are as many threads as the worker pool
 * holds decodes (two per worker process: the next frame waits in place while a worker decodes one), and at
 * most one decode per worker runs in this JVM at a time.
 * Cancelling a running decode stops its worker process (the pool replaces it at once), skips it when its
 * worker holds it but has not begun it, or stops a decoder running in this JVM at its next line
 * ({@link CancellableDecoder}).
 */
@Component(service = DecodeService.class)
public final class DecodeScheduler implements DecodeService {
    private final NativeDecoding pool;
    private final DecoderTable decoders = new DecoderTable();
    private final DecodeQueue queue;
    private final AtomicLong sequence = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();

    @Activate
    public DecodeScheduler(@Reference CodecRuntime runtime) {
        this.pool = runtime.decoding();
        // decodes in this JVM: one per core the pool uses, however many threads wait on workers
        this.queue = new DecodeQueue(pool.size());
        for (int i = 0; i < pool.size() * pool.depth(); i++) {
            Thread t = new Thread(this::drain, "glimpse-decode-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDecoder(FrameDecoder decoder, Map<String, Object> properties) {
        Object ranking = properties.get(Constants.SERVICE_RANKING);
        register(decoder, ranking instanceof Integer r ? r : 0);
    }

    void removeDecoder(FrameDecoder decoder) {
        decoders.remove(decoder);
    }

    /** Outside OSGi (tools, tests): registers a decoder with its ranking. */
    public void register(FrameDecoder decoder, int ranking) {
        decoders.add(decoder, ranking);
    }

    @Deactivate
    public void close() {
        for (QueuedDecode d : queue.close()) {
            d.fail(new CancellationException("the decode service stopped before " + d.frame().key() + " started"));
        }
        threads.forEach(Thread::interrupt);
    }

    @Override
    public DecodeTask submit(EncodedFrame frame, DecodeOptions options, int priority, PixelBuffer target) {
        Objects.requireNonNull(frame, "frame is null");
        Objects.requireNonNull(options, "options is null");
        if (target != null) {
            requireType(frame, target);
        }
        QueuedDecode d = new QueuedDecode(frame, options, target, priority, sequence.getAndIncrement(), queue,
                inWorker(frame));
        queue.add(d);
        return d;
    }

    /** Whether the decoder of {@code frame} runs it in a worker process (else it runs in this JVM). */
    boolean inWorker(EncodedFrame frame) {
        return decoders.first(frame.transferSyntaxUid()) instanceof WorkerDecoder w && w.inWorker(frame);
    }

    private static void requireType(EncodedFrame frame, PixelBuffer target) {
        int bits = frame.pixel().bitsAllocated();
        boolean fits = bits <= 8 ? target instanceof PixelBuffer.Bytes
                : bits == 16 && target instanceof PixelBuffer.Shorts;
        if (!fits) {
            throw new IllegalArgumentException("BitsAllocated " + bits + " of " + frame.key() + " needs "
                    + (bits <= 8 ? "PixelBuffer.Bytes" : "PixelBuffer.Shorts") + ", the target is "
                    + target.getClass().getSimpleName());
        }
    }

    @Override
    public void loadStarting() {
        pool.getReady();
    }

    @Override
    public CodestreamLevels inspect(EncodedFrame frame) throws DecodeException {
        return decoderOf(frame).inspect(frame);
    }

    @Override
    public boolean canDecode(String transferSyntaxUid) {
        return decoders.first(transferSyntaxUid) != null;
    }

    @Override
    public boolean decodesPrefixes(String transferSyntaxUid) {
        FrameDecoder d = decoders.first(transferSyntaxUid);
        return d != null && d.decodesPrefixes();
    }

    @Override
    public int concurrency() {
        return pool.size();
    }

    @Override
    public int waiting() {
        return queue.size();
    }

    private FrameDecoder decoderOf(EncodedFrame frame) throws DecodeException {
        FrameDecoder d = decoders.first(frame.transferSyntaxUid());
        if (d == null) {
            throw new DecodeException(Kind.UNAVAILABLE, frame.key(), "no available decoder for transfer syntax "
                    + frame.transferSyntaxUid() + " among " + decoders.names());
        }
        return d;
    }

    private void drain() {
        Thread me = Thread.currentThread();
        while (takeAndRun(me)) {
            // each decode in a call of its own: a thread waiting for the next one holds nothing of the last
            // (its result may be a view of a caller's slab that must be collectable once the caller lets go)
        }
    }

    private boolean takeAndRun(Thread me) {
        QueuedDecode d;
        try {
            d = queue.take();
        } catch (InterruptedException e) {
            return false;
        }
        if (d == null) {
            return false;
        }
        try {
            pool.clearStop(me);
            if (d.start(() -> pool.stop(me))) {
                run(d);
            }
        } finally {
            queue.finished(d);
        }
        return true;
    }

    /**
     * When {@code d}'s decoder began it: its worker's start when a worker ran it (a thread may hand a worker the
     * next frame while that worker decodes another one: that wait is not decoding), else when this thread took it.
     */
    private long beganNanos(QueuedDecode d) {
        long inWorker = pool.beganNanos();
        return inWorker >= d.startNanos() ? inWorker : d.startNanos();
    }

    private void run(QueuedDecode d) {
        try {
            FrameDecoder decoder = decoderOf(d.frame());
            DecodedFrame f = decoder instanceof CancellableDecoder c
                    ? c.decode(d.frame(), d.options(), d.target(), d::isCancelled)
                    : d.target() == null ? decoder.decode(d.frame(), d.options())
                    : decoder.decode(d.frame(), d.options(), d.target());
            d.succeed(f, beganNanos(d));
        } catch (DecodeException | RuntimeException e) {
            d.fail(e);
        } catch (OutOfMemoryError e) {
            d.fail(new DecodeException(Kind.MALFORMED, d.frame().key(), "out of memory while decoding "
                    + d.frame().length() + " bytes: " + e.getMessage()));
        }
    }
}
