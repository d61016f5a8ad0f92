package org.glimpse.codec.internal.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedPixels;

/** One decoder worker process and its pipes; a watchdog kills it when a decode overruns its budget. */
final class WorkerProcess implements AutoCloseable {
    private final Process process;
    private final DataOutputStream requests;
    private final DataInputStream replies;
    private final StderrTail stderr;
    private final String description;
    private final Path pixelFile;
    private final SharedPixels pixels;
    private volatile boolean broken;
    private volatile long idleSince = System.nanoTime();

    private WorkerProcess(Process process, DataInputStream replies, StderrTail stderr, String description,
            Path pixelFile) throws IOException {
        this.process = process;
        this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        this.replies = replies;
        this.stderr = stderr;
        this.description = description;
        this.pixelFile = pixelFile;
        this.pixels = new SharedPixels(pixelFile, false);
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
            Path file = Path.of(in.readUTF());
            return new WorkerProcess(p, in, tail, hello, file);
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

    DecodedPixels decode(DecodeRequest request, long timeoutMillis, ScheduledExecutorService watchdog)
            throws CodecException {
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> kill = watchdog.schedule(() -> {
            timedOut.set(true);
            process.destroyForcibly();
        }, timeoutMillis, TimeUnit.MILLISECONDS);
        try {
            Protocol.writeRequest(requests, request);
            return Protocol.readReply(replies, pixels);
        } catch (IOException e) {
            broken = true;
            process.destroyForcibly();
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
            pixels.close();
        } catch (IOException e) {
            // the file is deleted below either way
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
        try {
            // a worker that was killed could not delete its own file
            Files.deleteIfExists(pixelFile);
        } catch (IOException e) {
            // left in the temporary folder; harmless
        }
    }
}
