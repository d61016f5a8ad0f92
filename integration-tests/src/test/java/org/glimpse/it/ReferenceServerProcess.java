package org.glimpse.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The reference DICOMweb server in a process of its own, so that its Jetty stays off the test's class
 * path (the framework's Jetty bundles must be the only Jetty the bundles see). Started once per test JVM
 * from a Pax Exam configuration method; its base URL and data folder are handed to the tests inside the
 * framework as system properties, and the process ends with the JVM.
 */
final class ReferenceServerProcess {

    static final String WADO_ROOT = "glimpse.it.wadoRoot";
    static final String DATA_ROOT = "glimpse.it.dataRoot";

    private ReferenceServerProcess() {
    }

    /** Starts the server on small sample data unless this JVM already did; sets the two system properties. */
    static synchronized void ensureStarted() throws IOException {
        if (System.getProperty(WADO_ROOT) != null) {
            return;
        }
        String classpath = System.getProperty("glimpse.server.classpath");
        if (classpath == null) {
            throw new IllegalStateException("system property glimpse.server.classpath is not set (run through Maven)");
        }
        Path data = Path.of(System.getProperty("java.io.tmpdir"), "it-sample-data");
        Files.createDirectories(data);
        Path log = data.resolve("server-console.log");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "org.glimpse.server.ServerMain", "--port", "0", "--size", "small",
                "--data", data.toString())).redirectErrorStream(true).start();
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroy, "reference-server-stop"));
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder console = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        for (String line; (line = out.readLine()) != null;) {
            console.append(line).append('\n');
            if (line.startsWith("DICOMweb: ")) {
                System.setProperty(WADO_ROOT, line.substring("DICOMweb: ".length()).trim());
                System.setProperty(DATA_ROOT, data.toString());
                drain(out, log);
                return;
            }
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        p.destroy();
        throw new IllegalStateException("the reference server did not start; it printed:\n" + console);
    }

    /** Keeps reading the console so the server never blocks on a full pipe. */
    private static void drain(BufferedReader out, Path log) {
        Thread t = new Thread(() -> {
            try (var w = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                for (String line; (line = out.readLine()) != null;) {
                    w.write(line);
                    w.newLine();
                }
            } catch (IOException e) {
                // the server has gone; nothing more to read
            }
        }, "reference-server-console");
        t.setDaemon(true);
        t.start();
    }
}
