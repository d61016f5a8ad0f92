package org.glimpse.codec.internal.worker;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The command line of a decoder worker: the running JDK's java, a class path, and the native folders. */
public final class WorkerCommand {

    private WorkerCommand() {
    }

    public static List<String> of(String classPath, List<Path> nativeFolders, Path tmpDir) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx1g");
        cmd.add("-XX:+UseSerialGC");
        // no -XX:TieredStopAtLevel=1: the worker's Java loops (OpenJPEG's planes narrowed into the shared
        // output, its stream callbacks) ran a fifth slower than the library alone without the second compiler
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-D" + DecoderWorker.PARENT_PROPERTY + "=" + ProcessHandle.current().pid());
        if (Runtime.version().feature() >= 22) {
            // JNA calls restricted methods; say so rather than have later JDKs warn or refuse
            cmd.add("--enable-native-access=ALL-UNNAMED");
        }
        // a worker's crash report goes with its other files, not into the workstation's working folder
        cmd.add("-XX:ErrorFile=" + tmpDir.resolve("hs_err_worker_%p.log"));
        cmd.add("-Djava.io.tmpdir=" + tmpDir);
        cmd.add("-Djna.tmpdir=" + tmpDir);
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(DecoderWorker.class.getName());
        nativeFolders.forEach(f -> cmd.add(f.toString()));
        return cmd;
    }

    /**
     * Outside OSGi: the class path entries that hold the worker, JNA and the Glimpse API classes (their code
     * sources are files or folders there).
     */
    public static String classPathOfCodeSources() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : List.of(DecoderWorker.class, com.sun.jna.Native.class,
                org.glimpse.api.frame.PixelDescriptor.class)) {
            entries.add(codeSourceOf(c));
        }
        return String.join(File.pathSeparator, entries);
    }

    /** The file or folder a class was loaded from. */
    public static String codeSourceOf(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot locate the classes of " + c.getName()
                    + " on the file system; build the worker class path from the bundles instead", e);
        }
    }
}
