package org.glimpse.codec.internal.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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
    private final DataOutputStream requests;
    private final DataInputStream replies;
    private final StderrTail stderr;
    private final String description;
    private final SharedRegion input;
    private final SharedRegion output;
    private volatile boolean broken;
    private volatile boolean stopped;
    private volatile long idleSince = System.nanoTime();

    private WorkerProcess(Process process, DataInputStream replies, StderrTail stderr, String description,
            Path inFile, Path outFile) throws IOException {
        this.process = process;
        this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        this.replies = replies;
        this.stderr = stderr;
        this.description = description;
        this.input = new SharedRegion(inFile, true);
        this.output = new SharedRegion(outFile, false);
        // both sides hold the files open now: unlinked, they vanish with the last of the two processes
        Files.deleteIfExists(inFile);
        Files.deleteIfExists(outFile);
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
            Path inFile = Path.of(in.readUTF());
            Path outFile = Path.of(in.readUTF());
            return new WorkerProcess(p, in, tail, hello, inFile, outFile);
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
     * @throws IllegalArgumentException when the decoded values do not fit {@code target} (the worker stays usable)
     */
    DecodedPixels decode(DecodeRequest request, long timeoutMillis, ScheduledExecutorService watchdog,
            PixelBuffer target) throws CodecException {
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> kill = watchdog.schedule(() -> {
            timedOut.set(true);
            process.destroyForcibly();
        }, timeoutMillis, TimeUnit.MILLISECONDS);
        DecodeJob job = request.job();
        try {
            input.region(Math.max(1, request.length())).put(request.data(), 0, request.length());
            Protocol.writeJob(requests, job);
            DecodedSize size = Protocol.readReply(replies);
            if (size.values() > job.maxValues()) {
                broken = true;
                throw new CodecException(Kind.MALFORMED, "the decoder process reported " + size.width() + "×"
                        + size.height() + "×" + size.samples() + " values, more than the frame's " + job.maxValues());
            }
            ByteBuffer out = output.region(Math.max(1, size.values() * job.bytesPerValue()));
            PixelBuffer px = PixelOutput.receive(out, (int) size.values(), job.bytesPerValue(),
                    request.pixel().signed(), target);
            return new DecodedPixels(size.width(), size.height(), size.samples(), size.reduce(), px);
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
            kill.cancel(false);
            idleSince = System.nanoTime();
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
        } catch (IOException e) {
            // the files are unlinked already; the mappings go with the channels
        }
        try {
            requests.close();
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
