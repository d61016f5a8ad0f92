package org.glimpse.codec.internal.worker;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedSize;

/**
 * Main class of a decoder worker process: takes requests from the {@link ControlBlock} it shares with the
 * workstation (blocking on standard input between bursts, except for a short watch once a load began:
 * {@link ReadyWatch}), decodes them with the native codecs, and answers
 * there (waking the workstation through standard output when it waits blocked). If a codec aborts, crashes
 * or loops, only this process is lost; the workstation's supervisor reports the frame and starts another.
 *
 * <p>Arguments: folders to load native libraries from before the system ones.
 */
public final class DecoderWorker {
    /** System property: the pid of the workstation JVM (by the time this JVM runs, it may be gone already). */
    public static final String PARENT_PROPERTY = "glimpse.worker.parent";

    /**
     * A worker stuck in a native loop never reads its closed stdin: if the workstation dies (kill -9),
     * the worker must notice by itself, or it would spin on a core forever.
     */
    private static void watchParent() {
        String given = System.getProperty(PARENT_PROPERTY);
        ProcessHandle parent = given == null ? ProcessHandle.current().parent().orElse(null)
                : ProcessHandle.of(Long.parseLong(given)).orElse(null);
        if (parent == null) {
            Runtime.getRuntime().halt(0);
        }
        Thread t = new Thread(() -> {
            while (parent != null && parent.isAlive()) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(0);
        }, "glimpse-worker-parent-watch");
        t.setDaemon(true);
        t.start();
    }

    /**
     * How long the worker watches for the next request after a reply before it blocks on its pipe (the system
     * property, for measurements only, sets another).
     */
    private static final long WATCH_NANOS = Long.getLong("glimpse.worker.watch.nanos", 200_000);

    public static void main(String[] args) throws IOException {
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        // Java code must never write into the reply channel
        System.setOut(System.err);
        InputStream in = new FileInputStream(FileDescriptor.in);
        List<Path> folders = new ArrayList<>();
        for (String a : args) {
            folders.add(Path.of(a));
        }
        watchParent();
        NativeCodecs codecs = NativeCodecs.load(folders);
        List<Path> files = new ArrayList<>();
        files.add(Files.createTempFile(SharedRegion.folder(), "glimpse-control-", ".bin"));
        for (int s = 0; s < ControlBlock.SLOTS; s++) {
            files.add(Files.createTempFile(SharedRegion.folder(), "glimpse-encoded-", ".bin"));
            files.add(Files.createTempFile(SharedRegion.folder(), "glimpse-decoded-", ".bin"));
        }
        // the workstation unlinks the files once it has opened them: nothing is left behind after a kill
        try (ControlBlock control = new ControlBlock(files.get(0))) {
            SharedRegion[] inputs = new SharedRegion[ControlBlock.SLOTS];
            SharedRegion[] outputs = new SharedRegion[ControlBlock.SLOTS];
            for (int s = 0; s < ControlBlock.SLOTS; s++) {
                inputs[s] = new SharedRegion(files.get(1 + 2 * s), false);
                outputs[s] = new SharedRegion(files.get(2 + 2 * s), true);
            }
            DataOutputStream greeting = new DataOutputStream(new BufferedOutputStream(out, 1 << 12));
            greeting.writeLong(Protocol.SYNC);
            greeting.writeUTF(codecs.describe());
            greeting.writeInt(files.size());
            for (Path f : files) {
                greeting.writeUTF(f.toString());
            }
            greeting.flush();
            new DecoderWorker(in, out, codecs, control, inputs, outputs).serve();
        } finally {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
    }

    private final InputStream in;
    private final OutputStream out;
    private final NativeCodecs codecs;
    private final ControlBlock control;
    private final SharedRegion[] inputs;
    private final SharedRegion[] outputs;

    private DecoderWorker(InputStream in, OutputStream out, NativeCodecs codecs, ControlBlock control,
            SharedRegion[] inputs, SharedRegion[] outputs) {
        this.in = in;
        this.out = out;
        this.codecs = codecs;
        this.control = control;
        this.inputs = inputs;
        this.outputs = outputs;
    }

    /** Runs requests 1, 2, 3… in order, each from whichever slot holds it, until the workstation hangs up. */
    private void serve() throws IOException {
        long watch = WATCH_NANOS;
        for (int next = 1;; next++) {
            int slot = awaitRequest(next, watch);
            if (slot < 0) {
                return;
            }
            control.started(next);
            if (control.cancelled(slot, next)) {
                control.writeFailure(slot, Kind.TIMEOUT, "the decode was cancelled before it started", 0);
            } else {
                run(slot);
            }
            watch = Math.min(WATCH_NANOS, control.watchNanos(slot));
            answer(slot, next);
        }
    }

    private void run(int slot) throws IOException {
        long t0 = System.nanoTime();
        DecodeJob job = control.readJob(slot);
        try {
            inputs[slot].region(Math.max(1, job.length()));
            ByteBuffer o = outputs[slot].region(Math.max(1, job.maxValues() * job.bytesPerValue()));
            DecodedSize size = codecs.decode(job, inputs[slot].pointer(), o);
            control.writeResult(slot, size, System.nanoTime() - t0);
        } catch (CodecException e) {
            control.writeFailure(slot, e.kind(), e.getMessage(), System.nanoTime() - t0);
        } catch (OutOfMemoryError e) {
            control.writeFailure(slot, Kind.MALFORMED, "decoder ran out of memory: " + e.getMessage(), 0);
            answer(slot, control.started());
            System.exit(3);
        } catch (RuntimeException e) {
            control.writeFailure(slot, Kind.MALFORMED, "decoder failed: " + e, System.nanoTime() - t0);
        }
    }

    /** Publishes the reply, and wakes the workstation if it stopped watching for it. */
    private void answer(int slot, int sequence) throws IOException {
        control.publishReply(slot, sequence);
        if (control.clientParked()) {
            out.write(Protocol.WAKE);
            out.flush();
        }
    }

    /** The slot of request {@code next} once it is published; -1 when the workstation closed the pipe. */
    private int awaitRequest(int next, long watch) throws IOException {
        int[] found = {-1};
        BooleanSupplier published = () -> {
            for (int s = 0; s < ControlBlock.SLOTS; s++) {
                if (control.request(s) == next) {
                    found[0] = s;
                    return true;
                }
            }
            return false;
        };
        if (SpinWait.until(published, watch)) {
            return found[0];
        }
        while (true) {
            if (ReadyWatch.until(published, control::readyUntil)) {
                return found[0];
            }
            control.workerParked(true);
            if (published.getAsBoolean()) {
                control.workerParked(false);
                return found[0];
            }
            int b = in.read();
            control.workerParked(false);
            if (b < 0) {
                return -1;
            }
            if (published.getAsBoolean()) {
                return found[0];
            }
        }
    }
}
