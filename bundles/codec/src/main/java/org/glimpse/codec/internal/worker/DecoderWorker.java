package org.glimpse.codec.internal.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.codec.internal.core.CodecException;

/**
 * Main class of a decoder worker process: reads requests from standard input, decodes them with the
 * native codecs, writes replies to standard output. If a codec aborts, crashes or loops, only this process
 * is lost; the workstation's supervisor reports the frame and starts another worker.
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

    public static void main(String[] args) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out),
                1 << 16));
        // Java code must never write into the reply channel
        System.setOut(System.err);
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in),
                1 << 16));
        List<Path> folders = new ArrayList<>();
        for (String a : args) {
            folders.add(Path.of(a));
        }
        watchParent();
        NativeCodecs codecs = NativeCodecs.load(folders);
        Path inFile = Files.createTempFile(SharedRegion.folder(), "glimpse-encoded-", ".bin");
        Path outFile = Files.createTempFile(SharedRegion.folder(), "glimpse-decoded-", ".bin");
        // the workstation unlinks both files once it has opened them: nothing is left behind after a kill
        try (SharedRegion input = new SharedRegion(inFile, false); SharedRegion output = new SharedRegion(outFile,
                true)) {
            out.writeLong(Protocol.SYNC);
            out.writeUTF(codecs.describe());
            out.writeUTF(inFile.toString());
            out.writeUTF(outFile.toString());
            out.flush();
            serve(in, out, codecs, input, output);
        } finally {
            Files.deleteIfExists(inFile);
            Files.deleteIfExists(outFile);
        }
    }

    private static void serve(DataInputStream in, DataOutputStream out, NativeCodecs codecs, SharedRegion input,
            SharedRegion output) throws IOException {
        while (true) {
            DecodeJob job;
            try {
                job = Protocol.readJob(in);
            } catch (EOFException e) {
                return;
            }
            try {
                input.region(Math.max(1, job.length()));
                java.nio.ByteBuffer o = output.region(Math.max(1, job.maxValues() * job.bytesPerValue()));
                Protocol.writeResult(out, codecs.decode(job, input.pointer(), o));
            } catch (CodecException e) {
                Protocol.writeFailure(out, e.kind(), e.getMessage());
            } catch (OutOfMemoryError e) {
                Protocol.writeFailure(out, Kind.MALFORMED, "decoder ran out of memory: " + e.getMessage());
                System.exit(3);
            } catch (RuntimeException e) {
                Protocol.writeFailure(out, Kind.MALFORMED, "decoder failed: " + e);
            }
        }
    }
}
