package org.glimpse.codec.internal.worker;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedPixels;
import org.glimpse.codec.internal.core.DecodedSize;
import org.glimpse.codec.internal.core.PixelOutput;

/**
 * One decoder worker process and the requests callers hand it. Two callers can hold a slot each
 * ({@link RequestSlots}): the worker runs their requests in the order they were published, so the second one's
 * bytes are in place when the first decode ends; they wait for their replies through {@link ReplyWait}. A
 * watchdog kills the worker when a decode overruns its budget.
 */
final class WorkerProcess implements AutoCloseable {
    private final Process process;
    private final OutputStream wakes;
    /** Guarded by {@link #wakes}. */
    private long wakesWritten;
    private final StderrTail stderr;
    private final String description;
    private final ControlBlock control;
    private final RequestSlot[] slots = new RequestSlot[ControlBlock.SLOTS];
    private final RequestSlots held;
    private final ReplyWait replies;
    private final AtomicBoolean retired = new AtomicBoolean();
    private int sequence;
    private volatile boolean broken;
    private volatile boolean stopped;
    private volatile int timedOut;

    /** A request that never ran because its worker was lost first: another worker may take it. */
    static final class NotStarted extends Exception {
        private static final long serialVersionUID = 1L;

        NotStarted(String message) {
            super(message);
        }
    }

    private WorkerProcess(Process process, InputStream replies, StderrTail stderr, String description,
            List<Path> files) throws IOException {
        this.process = process;
        this.wakes = process.getOutputStream();
        this.stderr = stderr;
        this.description = description;
        this.control = new ControlBlock(files.get(0));
        for (int s = 0; s < slots.length; s++) {
            slots[s] = new RequestSlot(s, new SharedRegion(files.get(1 + 2 * s), true),
                    new SharedRegion(files.get(2 + 2 * s), false));
        }
        this.held = new RequestSlots(slots);
        this.replies = new ReplyWait(control, replies, held);
        // both sides hold the files open now: unlinked, they vanish with the last of the two processes
        for (Path f : files) {
            Files.deleteIfExists(f);
        }
    }

    /** Starts a worker and waits (at most {@code startupMillis}) for its greeting. */
    static WorkerProcess start(List<String> command, long startupMillis, ScheduledExecutorService watchdog)
            throws IOException {
        Process p = new ProcessBuilder(command).start();
        StderrTail tail = new StderrTail(p.getErrorStream());
        Thread t = new Thread(tail, "glimpse-decoder-stderr-" + p.pid());
        t.setDaemon(true);
        t.start();
        ScheduledFuture<?> kill;
        try {
            kill = watchdog.schedule(p::destroyForcibly, startupMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // the pool closed (its watchdog with it) while this worker was being started
            p.destroyForcibly();
            throw new IOException("the decoder pool closed while a worker was starting", e);
        }
        try {
            DataInputStream in = new DataInputStream(new BufferedInputStream(p.getInputStream(), 1 << 16));
            long sync = 0;
            for (int i = 0; i < 1 << 16 && sync != Protocol.SYNC; i++) {
                sync = (sync << 8) | in.readUnsignedByte();
            }
            String hello = in.readUTF();
            int n = in.readInt();
            if (n != 1 + 2 * ControlBlock.SLOTS) {
                throw new IOException("decoder worker shares " + n + " files, expected " + (1 + 2 * ControlBlock.SLOTS));
            }
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                files.add(Path.of(in.readUTF()));
            }
            return new WorkerProcess(p, in, tail, hello, files);
        } catch (IOException e) {
            p.destroyForcibly();
            throw new IOException("decoder worker did not start within " + startupMillis + " ms: " + tail.last(), e);
        } finally {
            kill.cancel(false);
        }
    }

    String description() {
        return description;
    }

    long pid() {
        return process.pid();
    }

    boolean usable() {
        return !broken && process.isAlive();
    }

    /**
     * A free request slot among the first {@code depth} for the calling thread, or null when they are taken or
     * the worker is lost.
     */
    RequestSlot claim(int depth) {
        return broken ? null : held.claim(depth);
    }

    /** Gives back a slot once its caller is done with its reply; returns the requests still held. */
    int release(RequestSlot s) {
        return held.release(s);
    }

    /** Requests held by callers now (0, 1 or 2). */
    int inFlight() {
        return held.inFlight();
    }

    /**
     * Decodes through shared memory: the bytes are copied into the slot's input region, the worker's codec
     * reads them there and writes the values into the slot's output region, and they are copied once, into
     * {@code target}.
     *
     * @param watch nanoseconds to watch for the reply before blocking on the pipe (0 when the cores are busy)
     * @param workerWatch nanoseconds the worker may watch for its next request after this one
     * @throws NotStarted when the worker was lost before it began this request
     * @throws IllegalArgumentException when the decoded values do not fit {@code target} (the worker stays usable)
     */
    DecodedPixels decode(RequestSlot slot, DecodeRequest request, long timeoutMillis,
            ScheduledExecutorService watchdog, PixelBuffer target, long watch, long workerWatch)
            throws CodecException, NotStarted {
        DecodeJob job = request.job();
        int seq = 0;
        ScheduledFuture<?> kill = null;
        try {
            slot.input.region(Math.max(1, request.length())).put(request.data(), 0, request.length());
            // a worker that may watch for its next request has the cores to itself (see Lease)
            control.writeJob(slot.index, job.withThreads(DecodeThreads.of(job, workerWatch != 0)), workerWatch);
            seq = publish(slot);
            int published = seq;
            kill = watchdog.schedule(() -> expire(slot, published, timeoutMillis, watchdog), timeoutMillis,
                    TimeUnit.MILLISECONDS);
            replies.await(slot, seq, watch);
            long seen = System.nanoTime();
            slot.workerNanos = control.workerNanos(slot.index);
            // the worker's own time, counted back from the moment the reply was seen: one clock, this JVM's
            slot.beganNanos = seen - slot.workerNanos;
            DecodedSize size = control.readReply(slot.index);
            if (size.values() > job.maxValues()) {
                broken = true;
                throw new CodecException(Kind.MALFORMED, "the decoder process reported " + size.width() + "×"
                        + size.height() + "×" + size.samples() + " values, more than the frame's " + job.maxValues());
            }
            ByteBuffer out = slot.output.region(Math.max(1, size.values() * job.bytesPerValue()));
            synchronized (slot) {
                if (slot.abandoned) {
                    throw new CodecException(Kind.TIMEOUT, "the decode was cancelled; its values were dropped");
                }
                PixelBuffer px = PixelOutput.receive(out, (int) size.values(), job.bytesPerValue(),
                        request.pixel().signed(), target);
                return new DecodedPixels(size.width(), size.height(), size.samples(), size.reduce(), px);
            }
        } catch (IOException e) {
            throw lost(slot, seq, timeoutMillis);
        } finally {
            if (kill != null) {
                kill.cancel(false);
            }
        }
    }

    /** Numbers and publishes the slot's request (in number order: the worker runs them so). */
    private int publish(RequestSlot slot) throws CodecException, IOException {
        int seq;
        synchronized (this) {
            synchronized (slot) {
                if (slot.abandoned) {
                    throw new CodecException(Kind.TIMEOUT, "the decode was cancelled before it started");
                }
                if (broken) {
                    throw new IOException("the decoder process was lost before the request was sent");
                }
                seq = ++sequence;
                slot.sequence = seq;
                control.publishRequest(slot.index, seq);
            }
        }
        if (control.workerParked()) {
            wake();
        }
        return seq;
    }

    private void wake() throws IOException {
        synchronized (wakes) {
            wakes.write(Protocol.WAKE);
            wakes.flush();
            wakesWritten++;
        }
    }

    /**
     * A load began: the worker watches for requests until {@code untilNanos} instead of sleeping on its pipe, so
     * that the load's first decode finds it awake (it is woken now if it sleeps).
     */
    void getReady(long untilNanos) {
        control.readyUntil(untilNanos);
        if (control.workerParked()) {
            try {
                wake();
            } catch (IOException e) {
                // the worker is gone: the next decode finds out and replaces it
            }
        }
    }

    /** Whether the worker sleeps on its pipe (it must be woken through it). */
    boolean parked() {
        return control.workerParked();
    }

    /** Bytes read from the worker's output so far: its wake-ups of callers that blocked for their replies. */
    long bytesRead() {
        return replies.bytesRead();
    }

    /** Wake-up bytes written into the worker's pipe so far. */
    long wakesWritten() {
        synchronized (wakes) {
            return wakesWritten;
        }
    }

    /**
     * Why the decode of request {@code seq} ended when the worker went away.
     *
     * @throws NotStarted when the worker had not begun it
     */
    private CodecException lost(RequestSlot slot, int seq, long timeoutMillis) throws NotStarted {
        broken = true;
        process.destroyForcibly();
        boolean abandoned;
        synchronized (slot) {
            abandoned = slot.abandoned;
        }
        if (abandoned && stopped) {
            return new CodecException(Kind.TIMEOUT, "the decode was cancelled; its decoder process was stopped");
        }
        if (seq == 0 || control.started() < seq) {
            throw new NotStarted("the decoder process " + pid() + " was lost before it began this frame ("
                    + exitDescription() + ")");
        }
        if (timedOut == seq) {
            return new CodecException(Kind.TIMEOUT, "no result within " + timeoutMillis
                    + " ms; the decoder process was stopped");
        }
        return new CodecException(Kind.CRASHED, "the decoder process died (" + exitDescription() + ")"
                + (stderr.last().isEmpty() ? "" : ": " + stderr.last()));
    }

    /**
     * The watchdog's check of request {@code seq}: a request still waiting behind the one before it gets
     * another {@code timeoutMillis} (its budget counts from its start); one running that long is stopped.
     */
    private void expire(RequestSlot slot, int seq, long timeoutMillis, ScheduledExecutorService watchdog) {
        if (slot.sequence != seq || control.reply(slot.index) == seq) {
            return;
        }
        if (control.started() < seq && process.isAlive()) {
            watchdog.schedule(() -> expire(slot, seq, timeoutMillis, watchdog), timeoutMillis, TimeUnit.MILLISECONDS);
            return;
        }
        timedOut = seq;
        process.destroyForcibly();
    }

    /**
     * The caller of {@code slot} no longer wants its decode: once this returns, nothing more is copied out of
     * this worker for it. A request the worker has not begun is skipped by it.
     *
     * @return the request's number when the worker may be running it (for {@link #stopIfRunning}); else 0
     */
    int abandon(RequestSlot slot) {
        int seq;
        synchronized (slot) {
            slot.abandoned = true;
            seq = slot.sequence;
        }
        if (seq == 0) {
            return 0;
        }
        control.cancel(slot.index, seq);
        // the worker sets its started word before it reads the cancel word: one of the two sees the other
        return control.started() < seq ? 0 : seq;
    }

    /** Whether the worker has begun the request in {@code slot}. */
    boolean begun(RequestSlot slot) {
        int seq = slot.sequence;
        return seq != 0 && control.started() >= seq;
    }

    /** Kills the worker if request {@code seq} (the one abandoned) still runs. */
    void stopIfRunning(RequestSlot slot, int seq) {
        if (seq != 0 && slot.sequence == seq && control.started() == seq && control.reply(slot.index) != seq) {
            stop();
        }
    }

    /** Kills the worker in the middle of a decode the caller no longer wants; the decode then fails at once. */
    void stop() {
        stopped = true;
        broken = true;
        process.destroyForcibly();
    }

    /** Whether the worker was stopped on purpose (a cancelled decode), not lost to a crash or a timeout. */
    boolean wasStopped() {
        return stopped;
    }

    /** True once: the caller that gets it closes the worker and starts its replacement. */
    boolean retire() {
        return retired.compareAndSet(false, true);
    }

    /** Milliseconds since the last decode ended (or the start). */
    long idleMillis() {
        return held.idleMillis();
    }

    private String exitDescription() {
        try {
            if (process.waitFor(1, TimeUnit.SECONDS)) {
                int code = process.exitValue();
                return code > 128 ? "exit " + code + ", signal " + (code - 128) : "exit " + code;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "no exit status";
    }

    @Override
    public void close() {
        broken = true;
        try {
            control.close();
            for (RequestSlot s : slots) {
                s.input.close();
                s.output.close();
            }
        } catch (IOException e) {
            // the files are unlinked already; the mappings go with the channels
        }
        try {
            synchronized (wakes) {
                wakes.close();
            }
        } catch (IOException e) {
            // closing stdin asks the worker to exit; it is killed below if it does not
        }
        try {
            if (!process.waitFor(500, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
