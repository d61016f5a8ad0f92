package org.glimpse.codec.internal.decoder;

import java.nio.file.Path;
import java.util.List;
import org.glimpse.codec.internal.worker.CodecId;
import org.glimpse.codec.internal.worker.NativeCodecs;
import org.glimpse.codec.internal.worker.NativeDecoding;
import org.glimpse.codec.internal.worker.WarmupFrames;
import org.glimpse.codec.internal.worker.WorkerCommand;
import org.glimpse.codec.internal.worker.WorkerPool;

/** The codec runtime outside OSGi (tests, fuzzing, benchmarks): workers run from this JVM's class path. */
public final class StandaloneCodecRuntime implements CodecRuntime, AutoCloseable {
    private final NativeCodecs probe;
    private final WorkerPool pool;

    public StandaloneCodecRuntime(List<Path> nativeFolders, int workers) {
        this(nativeFolders, workers, true);
    }

    /** @param pipelined whether each worker holds the next frame while it decodes one (benchmarks compare) */
    public StandaloneCodecRuntime(List<Path> nativeFolders, int workers, boolean pipelined) {
        probe = NativeCodecs.load(nativeFolders);
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        pool = new WorkerPool(WorkerCommand.of(WorkerCommand.classPathOfCodeSources(), nativeFolders, tmp), workers,
                pipelined);
    }

    /**
     * Two workers (one per core here); libraries from the build's {@code target/native/<platform>} (the
     * OpenJPH shim) when it exists beside the classes, else from the system.
     */
    public static StandaloneCodecRuntime system() {
        return new StandaloneCodecRuntime(buildNatives(), 2);
    }

    /** {@code target/native/<platform>} next to {@code target/classes}, when the build made it. */
    public static List<Path> buildNatives() {
        Path classes = Path.of(WorkerCommand.codeSourceOf(StandaloneCodecRuntime.class));
        Path natives = classes.resolveSibling("native").resolve(BundleFiles.platform());
        return java.nio.file.Files.isDirectory(natives) ? List.of(natives) : List.of();
    }

    /** Starts and warms the workers in the background, as the bundle does when it activates. */
    public StandaloneCodecRuntime warm() {
        pool.warm(WarmupFrames.of(probe), Jpeg2000Decoding::warm);
        return this;
    }

    @Override
    public String describe() {
        return probe.describe();
    }

    public WorkerPool pool() {
        return pool;
    }

    @Override
    public boolean available(CodecId codec) {
        return probe.has(codec);
    }

    @Override
    public NativeDecoding decoding() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }
}
