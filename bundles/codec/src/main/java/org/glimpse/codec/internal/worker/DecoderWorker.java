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
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedSize;

/**
 * Main class of a decoder worker process: takes requests from the {@link ControlBlock} it shares with the
 * workstation (blocking on standard input between bursts), decodes them with the native codecs, and answers
 * there (waking the workstation through standard output when it waits blocked). If a codec aborts, crashes
 * or loops, only this process is lost; the workstation's supervisor reports the frame and starts another.
 *
 * <p>Arguments: folders to load native libraries from before the system ones.
 */
public final class DecoderWorker {
    /** System property: the pid of the workstation JVM (by the time this JVM runs, it may be gone already). */
    public static final String PARENT_PROPERTY = "glimpse.worker.parent";

    private DecoderWorker() {
    }

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
        Path inFile = Files.createTempFile(SharedRegion.folder(), "glimpse-encoded-", ".bin");
        Path outFile = Files.createTempFile(SharedRegion.folder(), "glimpse-decoded-", ".bin");
        Path controlFile = Files.createTempFile(SharedRegion.folder(), "glimpse-control-", ".bin");
        // the workstation unlinks the files once it has opened them: nothing is left behind after a kill
        try (SharedRegion input = new SharedRegion(inFile, false); SharedRegion output = new SharedRegion(outFile,
                true); ControlBlock control = new ControlBlock(controlFile)) {
            // read before the greeting: the workstation may publish its first request as soon as it has it
            int last = control.request();
            DataOutputStream greeting = new DataOutputStream(new BufferedOutputStream(out, 1 << 12));
            greeting.writeLong(Protocol.SYNC);
            greeting.writeUTF(codecs.describe());
            greeting.writeUTF(inFile.toString());
            greeting.writeUTF(outFile.toString());
            greeting.writeUTF(controlFile.toString());
            greeting.flush();
            serve(in, out, codecs, input, output, control, last);
        } finally {
            Files.deleteIfExists(inFile);
            Files.deleteIfExists(outFile);
            Files.deleteIfExists(controlFile);
        }
    }

    private static void serve(InputStream in, OutputStream out, NativeCodecs codecs, SharedRegion input,
            SharedRegion output, ControlBlock control, int first) throws IOException {
        int last = first;
        while (true) {
            if (!awaitRequest(in, control, last)) {
                return;
            }
            last = control.request();
            long t0 = System.nanoTime();
            DecodeJob job = control.readJob();
            try {
                input.region(Math.max(1, job.length()));
                ByteBuffer o = output.region(Math.max(1, job.maxValues() * job.bytesPerValue()));
                DecodedSize size = codecs.decode(job, input.pointer(), o);
                control.writeResult(size, System.nanoTime() - t0);
            } catch (CodecException e) {
                control.writeFailure(e.kind(), e.getMessage(), System.nanoTime() - t0);
            } catch (OutOfMemoryError e) {
                control.writeFailure(Kind.MALFORMED, "decoder ran out of memory: " + e.getMessage(), 0);
                answer(out, control, last);
                System.exit(3);
            } catch (RuntimeException e) {
                control.writeFailure(Kind.MALFORMED, "decoder failed: " + e, System.nanoTime() - t0);
            }
            answer(out, control, last);
        }
    }

    /** Publishes the reply, and wakes the workstation if it stopped watching for it. */
    private static void answer(OutputStream out, ControlBlock control, int sequence) throws IOException {
        control.publishReply(sequence);
        if (control.clientParked()) {
            out.write(Protocol.WAKE);
            out.flush();
        }
    }

    /** Waits for a request after {@code last}; false when the workstation closed the pipe (time to exit). */
    private static boolean awaitRequest(InputStream in, ControlBlock control, int last) throws IOException {
        if (SpinWait.until(() -> control.request() != last, WATCH_NANOS)) {
            return true;
        }
        while (true) {
            control.workerParked(true);
            if (control.request() != last) {
                control.workerParked(false);
                return true;
            }
            int b = in.read();
            control.workerParked(false);
            if (b < 0) {
                return false;
            }
            if (control.request() != last) {
                return true;
            }
        }
    }
}
