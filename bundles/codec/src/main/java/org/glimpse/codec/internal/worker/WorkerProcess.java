package org.glimpse.codec.internal.worker;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.codec.internal.core.DecodedPixels;
import org.glimpse.codec.internal.core.DecodedSize;
import org.glimpse.codec.internal.core.PixelOutput;

/** One decoder worker process and its pipes; a watchdog kills it when a decode overruns its budget. */
final class WorkerProcess implements AutoCloseable {
    private final Process process;
    private final OutputStream wakes;
    private final InputStream replies;
    private final StderrTail stderr;
    private final String description;
    private final SharedRegion input;
    private final SharedRegion output;
    private final ControlBlock control;
    private final byte[] drain = new byte[4096];
    private int sequence;
    private long lastWorkerNanos;
    private volatile int running;
    private boolean abandoned;
    private volatile boolean broken;
    private volatile boolean stopped;
    private volatile long idleSince = System.nanoTime();

    private WorkerProcess(Process process, InputStream replies, StderrTail stderr, String description,
            List<Path> files) throws IOException {
        this.process = process;
        this.wakes = process.getOutputStream();
        this.replies = replies;
        this.stderr = stderr;
        this.description = description;
        this.input = new SharedRegion(files.get(0), true);
        this.output = new SharedRegion(files.get(1), false);
        this.control = new ControlBlock(files.get(2));
        this.sequence = control.request();
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
        ScheduledFuture<?> kill = watchdog.schedule(p::destroyForcibly, startupMillis, TimeUnit.MILLISECONDS);
        try {
            DataInputStream in = new DataInputStream(new BufferedInputStream(p.getInputStream(), 1 << 16));
            long sync = 0;
            for (int i = 0; i < 1 << 16 && sync != Protocol.SYNC; i++) {
                sync = (sync << 8) | in.readUnsignedByte();
            }
            String hello = in.readUTF();
            List<Path> files = List.of(Path.of(in.readUTF()), Path.of(in.readUTF()), Path.of(in.readUTF()));
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
     * Decodes through shared memory: the bytes are copied into the input region, the worker's codec reads them
     * there and writes the values into the output region, and they are copied once, into {@code target}.
     *
     * @param watch nanoseconds to watch for the reply before blocking on the pipe (0 when the cores are busy)
     * @throws IllegalArgumentException when the decoded values do not fit {@code target} (the worker stays usable)
     */
    DecodedPixels decode(DecodeRequest request, long timeoutMillis, ScheduledExecutorService watchdog,
            PixelBuffer target, long watch) throws CodecException {
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> kill = watchdog.schedule(() -> {
            timedOut.set(true);
            process.destroyForcibly();
        }, timeoutMillis, TimeUnit.MILLISECONDS);
        DecodeJob job = request.job();
        try {
            input.region(Math.max(1, request.length())).put(request.data(), 0, request.length());
            control.writeJob(job);
            synchronized (this) {
                if (abandoned) {
                    throw new CodecException(Kind.TIMEOUT, "the decode was cancelled before it started");
                }
                running = ++sequence;
            }
            send(sequence);
            awaitReply(sequence, watch);
            lastWorkerNanos = control.workerNanos();
            DecodedSize size = control.readReply();
            if (size.values() > job.maxValues()) {
                broken = true;
                throw new CodecException(Kind.MALFORMED, "the decoder process reported " + size.width() + "×"
                        + size.height() + "×" + size.samples() + " values, more than the frame's " + job.maxValues());
            }
            ByteBuffer out = output.region(Math.max(1, size.values() * job.bytesPerValue()));
            synchronized (this) {
                if (abandoned) {
                    throw new CodecException(Kind.TIMEOUT, "the decode was cancelled; its values were dropped");
                }
                PixelBuffer px = PixelOutput.receive(out, (int) size.values(), job.bytesPerValue(),
                        request.pixel().signed(), target);
                return new DecodedPixels(size.width(), size.height(), size.samples(), size.reduce(), px);
            }
        } catch (IOException e) {
            broken = true;
            process.destroyForcibly();
            if (stopped) {
                throw new CodecException(Kind.TIMEOUT, "the decode was cancelled; its decoder process was stopped");
            }
            if (timedOut.get()) {
                throw new CodecException(Kind.TIMEOUT, "no result within " + timeoutMillis
                        + " ms; the decoder process was stopped");
            }
            throw new CodecException(Kind.CRASHED, "the decoder process died (" + exitDescription() + ")"
                    + (stderr.last().isEmpty() ? "" : ": " + stderr.last()));
        } finally {
            running = 0;
            kill.cancel(false);
            idleSince = System.nanoTime();
        }
    }

    /** Readies the worker for a new decode: a cancel of the previous one no longer applies. */
    synchronized void keep() {
        abandoned = false;
    }

    /**
     * The caller no longer wants the decode running now (or starting next): once this returns, nothing more is
     * copied out of this worker for it.
     *
     * @return the running decode's sequence number, for {@link #stopIfRunning}; 0 when none runs
     */
    synchronized int abandon() {
        abandoned = true;
        return running;
    }

    /** Kills the worker if decode {@code seq} (the one abandoned) still runs. */
    void stopIfRunning(int seq) {
        if (seq != 0 && running == seq) {
            stop();
        }
    }

    /** Publishes request {@code seq}; the pipe is written only when the worker stopped watching for it. */
    private void send(int seq) throws IOException {
        control.publishRequest(seq);
        if (control.workerParked()) {
            wakes.write(Protocol.WAKE);
            wakes.flush();
        }
    }

    /**
     * Waits for the reply to {@code seq}: watches the control block for {@code watch} ns, then blocks on the
     * worker's standard output, which wakes it (or ends, when the worker dies or is stopped). Bytes a native
     * library printed there are read and dropped like wake-ups.
     */
    private void awaitReply(int seq, long watch) throws IOException {
        if (watch > 0 && SpinWait.until(() -> control.reply() == seq || !process.isAlive(), watch)) {
            if (control.reply() == seq) {
                return;
            }
        }
        try {
            while (true) {
                control.clientParked(true);
                if (control.reply() == seq) {
                    return;
                }
                if (replies.read(drain) < 0) {
                    throw new IOException("the decoder process closed its output");
                }
                if (control.reply() == seq) {
                    return;
                }
            }
        } finally {
            control.clientParked(false);
        }
    }

    /** Nanoseconds the worker spent on the last decode, from reading the request to answering it. */
    long lastWorkerNanos() {
        return lastWorkerNanos;
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

    /** Milliseconds since the last decode ended (or the start). */
    long idleMillis() {
        return (System.nanoTime() - idleSince) / 1_000_000;
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
            input.close();
            output.close();
            control.close();
        } catch (IOException e) {
            // the files are unlinked already; the mappings go with the channels
        }
        try {
            wakes.close();
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
