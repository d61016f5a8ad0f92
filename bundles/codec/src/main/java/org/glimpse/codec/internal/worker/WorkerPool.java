package org.glimpse.codec.internal.worker;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.LongAdder;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedPixels;

/**
 * A supervised pool of decoder worker processes. A worker that dies or overruns its time budget is
 * replaced on the next request; the frame it held is reported CRASHED or TIMEOUT, and the caller's JVM
 * never runs the native code.
 */
public final class WorkerPool implements NativeDecoding {
    private static final long STARTUP_MILLIS = 15_000;
    /** Decoded values cross in one shared mapping, and a Java array holds them: at most 2 GiB − 1. */
    private static final long MAX_FRAME_BYTES = Integer.MAX_VALUE;
    /** After a worker fails to start, further starts fail at once for this long instead of each waiting. */
    private static final long START_RETRY_MILLIS = 10_000;
    /** Workers idle this long are stopped: a workstation that is not loading images holds no helper JVMs. */
    private static final long IDLE_MILLIS = 60_000;
    /**
     * How long a caller watches for its reply before it blocks, when the cores can spare it. None: measured side
     * by side on a loaded two-core machine, a caller watching for 2 ms made a 512² decode take 4.0 ms instead of
     * 2.0 (it took the core its worker needed); the worker's own short watch for the next request helps.
     */
    private static final long WATCH_NANOS = 0;
    /**
     * How long idle workers watch for requests once a load began ({@link #getReady}): long enough for a first
     * response over a link of 100 ms or more, short enough that a load that never decodes costs little (a look
     * every 0.1 ms, the core free in between).
     */
    static final long READY_MILLIS = 250;
    /**
     * How long a worker whose decode was cancelled may run on before it is killed: one that finishes within it
     * is used again at once (its values are dropped), instead of costing a JVM start.
     */
    static final long GRACE_MILLIS = 20;

    /**
     * Passes over the warm-up frames the pool's first workers make: enough for the decode path's Java code on
     * both sides to be compiled (a first 512² HTJ2K decode took 22 ms after a single pass). A replacement makes
     * one: a decode may be waiting for it (the code on this side is compiled by then).
     */
    private static final int WARMUP_ROUNDS = 30;
    private final List<String> command;
    private final int size;
    private final int depth;
    private final long graceMillis;
    private final long watchNanos;
    private volatile List<DecodeRequest> warmups = List.of();
    private final int cores = Runtime.getRuntime().availableProcessors();
    private final WorkerSet workers;
    private final Semaphore permits;
    private final Map<Thread, Lease> busy = new ConcurrentHashMap<>();
    private final Set<Thread> stops = ConcurrentHashMap.newKeySet();
    private final ExecutorService starter;
    private final ScheduledThreadPoolExecutor watchdog;
    private final AtomicLong restarts = new AtomicLong();
    private final AtomicLong started = new AtomicLong();
    private final AtomicInteger warming = new AtomicInteger();
    private final LongAdder decodes = new LongAdder();
    private final LongAdder callNanos = new LongAdder();
    private final LongAdder workerNanos = new LongAdder();
    /** When the last decode each caller ran here began in its worker (see {@link #beganNanos}). */
    private final ThreadLocal<long[]> began = ThreadLocal.withInitial(() -> new long[] {-1});
    private volatile boolean closed;
    /** Until when a load's first decodes are expected ({@link #getReady}), a {@link System#nanoTime()}; 0 before. */
    private volatile long readyUntil;
    private volatile long startFailedAt;
    private volatile String startFailure;

    public WorkerPool(List<String> command, int size) {
        this(command, size, true);
    }

    /**
     * @param pipelined whether each worker holds the next request while it decodes one (else one at a time:
     *        benchmarks compare the two)
     */
    public WorkerPool(List<String> command, int size, boolean pipelined) {
        this(command, size, pipelined ? ControlBlock.SLOTS : 1, GRACE_MILLIS, WATCH_NANOS);
    }

    /** A pool whose cancelled decodes may run on for {@code graceMillis} before their worker is killed. */
    WorkerPool(List<String> command, int size, long graceMillis) {
        this(command, size, ControlBlock.SLOTS, graceMillis, WATCH_NANOS);
    }

    /** … and whose callers watch for a reply for {@code watchNanos} before they block (0: at once). */
    WorkerPool(List<String> command, int size, int depth, long graceMillis, long watchNanos) {
        this.graceMillis = graceMillis;
        this.watchNanos = watchNanos;
        this.command = List.copyOf(command);
        this.size = size;
        this.depth = depth;
        this.workers = new WorkerSet(size, depth);
        this.permits = new Semaphore(size * depth);
        this.starter = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "glimpse-decoder-starter");
            t.setDaemon(true);
            return t;
        });
        this.watchdog = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "glimpse-decoder-watchdog");
            t.setDaemon(true);
            return t;
        });
        // each decode arms a timeout and almost always cancels it: cancelled ones leave the queue at once
        watchdog.setRemoveOnCancelPolicy(true);
        watchdog.scheduleWithFixedDelay(() -> stopIdle(IDLE_MILLIS), IDLE_MILLIS / 2, IDLE_MILLIS / 2,
                TimeUnit.MILLISECONDS);
    }

    /**
     * A load began: each idle worker watches for requests for {@link #READY_MILLIS} instead of sleeping on its pipe
     * ({@link ReadyWatch}), so that the load's first decode does not wait for a worker to be woken, and meanwhile a
     * caller whose decode has the cores to itself looks for its reply the same way instead of blocking on the pipe
     * (the worker then writes no wake-up for it).
     */
    @Override
    public void getReady() {
        getReady(READY_MILLIS);
    }

    /** … watching for {@code millis}. */
    void getReady(long millis) {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        readyUntil = until;
        for (WorkerProcess w : workers.idle()) {
            w.getReady(until);
        }
    }

    /** Idle workers that sleep on their pipes. */
    int parkedWorkers() {
        return (int) workers.idle().stream().filter(WorkerProcess::parked).count();
    }

    /** Bytes the idle workers wrote to wake callers blocked for their replies, so far. */
    long wakesRead() {
        return workers.idle().stream().mapToLong(WorkerProcess::bytesRead).sum();
    }

    /** Wake-up bytes written into the workers' pipes so far (the live ones'). */
    long wakesWritten() {
        return workers.idle().stream().mapToLong(WorkerProcess::wakesWritten).sum();
    }

    /**
     * Stops idle workers unused for {@code millis}, keeping one (warm for the next frame a user opens); the
     * next decodes start the others again.
     */
    void stopIdle(long millis) {
        workers.removeIdle(millis).forEach(WorkerProcess::close);
    }

    @Override
    public DecodedPixels decode(DecodeRequest request, long timeoutMillis) throws CodecException {
        return decode(request, timeoutMillis, null);
    }

    @Override
    public DecodedPixels decode(DecodeRequest request, long timeoutMillis, PixelBuffer target)
            throws CodecException {
        long bytes = request.job().maxValues() * request.job().bytesPerValue();
        if (bytes > MAX_FRAME_BYTES) {
            throw new CodecException(Kind.UNSUPPORTED, "a frame of " + request.pixel().columns() + "×"
                    + request.pixel().rows() + "×" + request.pixel().samplesPerPixel() + " values (" + bytes
                    + " bytes) is more than the " + MAX_FRAME_BYTES + " bytes a decoder process maps");
        }
        try {
            if (!permits.tryAcquire(timeoutMillis + STARTUP_MILLIS, TimeUnit.MILLISECONDS)) {
                throw new CodecException(Kind.TIMEOUT, "no decoder process free within "
                        + (timeoutMillis + STARTUP_MILLIS) + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CodecException(Kind.TIMEOUT, "interrupted while waiting for a decoder process");
        }
        try {
            Thread caller = Thread.currentThread();
            return Requeue.decode(() -> decodeOnce(request, timeoutMillis, target), () -> stops.contains(caller));
        } finally {
            permits.release();
        }
    }

    private DecodedPixels decodeOnce(DecodeRequest request, long timeoutMillis, PixelBuffer target)
            throws CodecException, WorkerProcess.NotStarted {
        Thread caller = Thread.currentThread();
        Lease lease = take();
        busy.put(caller, lease);
        try {
            if (stops.contains(caller)) {
                throw new CodecException(Kind.TIMEOUT, "the decode was cancelled before it started");
            }
            // while a load's first decodes come and the cores are free, the caller looks for its reply itself
            lease.slot().pollUntil = busy.size() * 2 <= cores ? readyUntil : 0;
            long t0 = System.nanoTime();
            DecodedPixels p = lease.worker().decode(lease.slot(), request, timeoutMillis, watchdog, target,
                    watchNanos(), lease.workerWatch());
            callNanos.add(System.nanoTime() - t0);
            workerNanos.add(lease.slot().workerNanos);
            began.get()[0] = lease.slot().beganNanos;
            decodes.increment();
            return p;
        } finally {
            busy.remove(caller);
            giveBack(lease);
        }
    }

    /**
     * Callers watch for their reply only while each running decode can have a core for its worker and one
     * for its caller; with more decodes than that, a watching caller would take a core from a worker.
     */
    private long watchNanos() {
        return busy.size() * 2 <= cores ? watchNanos : 0;
    }

    /**
     * Frees the lease's slot. A lost worker is retired by the first caller to see it (its replacement starts
     * in the background) and closed by the last one to leave it.
     */
    private void giveBack(Lease lease) {
        WorkerProcess w = lease.worker();
        int left = w.release(lease.slot());
        if (w.usable() && !closed) {
            return;
        }
        if (w.retire()) {
            if (!w.wasStopped()) {
                restarts.incrementAndGet();
            }
            workers.remove(w);
            if (!closed) {
                starter.execute(() -> prestart(warmups, 1));
            }
        }
        if (left == 0) {
            w.close();
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long beganNanos() {
        return began.get()[0];
    }

    @Override
    public int depth() {
        return depth;
    }

    /**
     * The decode {@code caller} runs is abandoned: its values will not be copied out; a worker that has not
     * begun it skips it, and one running it is killed if it has not answered within the grace period (and
     * replaced in the background).
     */
    @Override
    public void stop(Thread caller) {
        stops.add(caller);
        Lease l = busy.get(caller);
        if (l != null) {
            int running = l.worker().abandon(l.slot());
            if (running != 0) {
                watchdog.schedule(() -> l.worker().stopIfRunning(l.slot(), running), graceMillis,
                        TimeUnit.MILLISECONDS);
            }
        }
    }

    @Override
    public void clearStop(Thread caller) {
        stops.remove(caller);
    }

    /**
     * Starts workers in the background until the pool holds as many as it may run at once, each running
     * {@code warmups} first (one small decode per codec pages in the libraries and compiles the hot paths):
     * the first frame a user opens then does not wait for a JVM to start.
     */
    public void warm(List<DecodeRequest> warmups) {
        warm(warmups, () -> { });
    }

    /** … after running {@code local} (the same for this JVM's side of a decode) on the starter thread. */
    public void warm(List<DecodeRequest> warmups, Runnable local) {
        this.warmups = List.copyOf(warmups);
        starter.execute(local);
        for (int i = 0; i < size; i++) {
            starter.execute(() -> prestart(warmups, WARMUP_ROUNDS));
        }
    }

    private void prestart(List<DecodeRequest> warmups, int rounds) {
        if (closed || workers.full()) {
            return;
        }
        warming.incrementAndGet();
        try {
            startWarm(warmups, rounds);
        } finally {
            warming.decrementAndGet();
        }
    }

    private void startWarm(List<DecodeRequest> warmups, int rounds) {
        try {
            WorkerProcess w = startWorker();
            RequestSlot slot = w.claim(1);
            try {
                for (int round = 0; round < rounds && slot != null && w.usable() && !closed; round++) {
                    for (DecodeRequest r : warmups) {
                        try {
                            w.decode(slot, r, STARTUP_MILLIS, watchdog, null, 0, 0);
                        } catch (CodecException | WorkerProcess.NotStarted e) {
                            // a warm-up that fails says nothing about real frames; the worker is checked below
                        }
                    }
                }
            } catch (RejectedExecutionException e) {
                // the pool closed (its watchdog with it) while this worker warmed up: it is closed below
            } finally {
                if (slot != null) {
                    w.release(slot);
                }
            }
            if (closed || !workers.readyIfUsable(w)) {
                w.close();
            }
        } catch (CodecException e) {
            // the next decode tries again and reports why
        }
    }

    /**
     * A slot of the ready worker holding the fewest requests; while none is free and a worker is being started
     * and warmed in the background, that one (waiting for it costs less than starting another JVM beside it);
     * else a slot of a new worker.
     */
    private Lease take() throws CodecException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STARTUP_MILLIS);
        while (true) {
            List<WorkerProcess> lost = new ArrayList<>();
            Lease lease = workers.claim(lost);
            restarts.addAndGet(lost.size());
            lost.forEach(WorkerProcess::close);
            if (lease != null) {
                return lease;
            }
            if (workers.startAllowed(warming.get() > 0, System.nanoTime() - deadline > 0)) {
                WorkerProcess w;
                try {
                    w = startWorker();
                } finally {
                    workers.startEnded();
                }
                RequestSlot slot = w.claim(depth);
                workers.ready(w);
                if (slot != null) {
                    return new Lease(w, slot, 0);
                }
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }

    private WorkerProcess startWorker() throws CodecException {
        long now = System.nanoTime() / 1_000_000;
        if (startFailure != null && now - startFailedAt < START_RETRY_MILLIS) {
            throw new CodecException(Kind.UNAVAILABLE, "no decoder process (the last start, "
                    + (now - startFailedAt) + " ms ago, failed: " + startFailure + ")");
        }
        WorkerProcess w;
        try {
            w = WorkerProcess.start(command, STARTUP_MILLIS, watchdog);
        } catch (IOException e) {
            startFailedAt = now;
            startFailure = e.getMessage();
            throw new CodecException(Kind.UNAVAILABLE, "could not start a decoder process: " + e.getMessage());
        }
        started.incrementAndGet();
        workers.started(w);
        return w;
    }

    /** Decodes running now. */
    int busyCount() {
        return busy.size();
    }

    /** Whether the worker holding {@code caller}'s decode has begun it (for tests). */
    boolean begun(Thread caller) {
        Lease l = busy.get(caller);
        return l != null && l.worker().begun(l.slot());
    }

    /** Workers started, ready for a decode (warm-ups done) and holding none. */
    public int idleCount() {
        return workers.idleCount();
    }

    /** Workers replaced after a crash or a timeout since the pool started. */
    public long restarts() {
        return restarts.get();
    }

    /** What the decodes answered so far cost, in the callers and in the workers. */
    public WorkerTimes times() {
        return new WorkerTimes(decodes.sum(), callNanos.sum(), workerNanos.sum());
    }

    /** Worker processes started so far. */
    public long started() {
        return started.get();
    }

    /** Process ids of the live workers (for tests and diagnostics). */
    public List<Long> pids() {
        return workers.pids();
    }

    @Override
    public void close() {
        closed = true;
        workers.close().forEach(WorkerProcess::close);
        watchdog.shutdownNow();
        starter.shutdownNow();
    }
}
