package org.glimpse.it.interop;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Orthanc with its DICOMweb plugin from the Debian packages, run in its own network namespace (only a
 * loopback interface exists there, so it listens nowhere else) and reached from this JVM's 127.0.0.1
 * through a {@link Relay}. Both processes stop by themselves after {@link #LIFETIME_SECONDS}.
 */
final class NamespacedOrthanc implements AutoCloseable {

    static final Path ORTHANC = Path.of("/usr/sbin/Orthanc");
    static final Path DICOMWEB_PLUGIN = Path.of("/usr/share/orthanc/plugins/libOrthancDicomWeb.so");
    static final Path UNSHARE = Path.of("/usr/bin/unshare");
    static final Path IP = Path.of("/usr/sbin/ip");
    static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final int LIFETIME_SECONDS = 300;
    private static final int PORT_IN_NAMESPACE = 8042;

    private final Process process;
    private final Relay relay;
    private final Path dir;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Why Orthanc cannot run here, or null when it can. */
    static String unavailable() {
        for (Path p : new Path[] {ORTHANC, DICOMWEB_PLUGIN, UNSHARE, IP, PYTHON}) {
            if (!Files.exists(p)) {
                return p + " is missing (apt-get install orthanc orthanc-dicomweb util-linux iproute2 "
                        + "python3-pydicom python3-numpy)";
            }
        }
        try {
            Process p = new ProcessBuilder(UNSHARE.toString(), "-n", "true").redirectErrorStream(true).start();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return "cannot create a network namespace (unshare -n): " + new String(p.getInputStream().readAllBytes());
            }
        } catch (IOException | InterruptedException e) {
            return "unshare failed: " + e;
        }
        return null;
    }

    NamespacedOrthanc(Path dir) throws Exception {
        this.dir = dir;
        Path config = dir.resolve("orthanc.json");
        Files.writeString(config, """
                {"Name": "glimpse-test", "StorageDirectory": "%s", "IndexDirectory": "%s",
                 "HttpPort": %d, "DicomServerEnabled": false, "RemoteAccessAllowed": false,
                 "AuthenticationEnabled": false, "Plugins": ["%s"],
                 "DicomWeb": {"Enable": true, "Root": "/dicom-web/"}}
                """.formatted(dir.resolve("storage"), dir.resolve("index"), PORT_IN_NAMESPACE, DICOMWEB_PLUGIN));
        Path socket = dir.resolve("orthanc.sock");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classes = Path.of(Relay.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        // Orthanc stays a child of this shell, and so of the relay that replaces it: close() finds both
        String script = IP + " link set lo up && { timeout " + LIFETIME_SECONDS + " " + ORTHANC + " " + config + " > "
                + dir.resolve("orthanc.log") + " 2>&1 & } && exec " + java + " -cp " + classes + " "
                + Relay.class.getName() + " " + socket + " 127.0.0.1 " + PORT_IN_NAMESPACE + " " + LIFETIME_SECONDS;
        process = new ProcessBuilder(UNSHARE.toString(), "-n", "sh", "-c", script).redirectErrorStream(true)
                .redirectOutput(dir.resolve("relay.log").toFile()).start();
        waitFor(() -> Files.exists(socket), "relay socket " + socket);
        relay = Relay.tcpToUnix(socket);
        waitFor(this::answers, "Orthanc /system (log " + dir.resolve("orthanc.log") + ")");
    }

    URI root() throws IOException {
        return URI.create("http://127.0.0.1:" + relay.port());
    }

    URI dicomWeb() throws IOException {
        return URI.create(root() + "/dicom-web");
    }

    /**
     * Stores a DICOM file through Orthanc's REST API. Orthanc closes idle connections after 1 s, which the
     * JDK client may learn only when reusing one: one more try on a new connection.
     */
    void upload(Path file) throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create(root() + "/instances")).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        HttpResponse<String> r;
        try {
            r = http.send(post, HttpResponse.BodyHandlers.ofString());
        } catch (IOException stale) {
            r = http.send(post, HttpResponse.BodyHandlers.ofString());
        }
        if (r.statusCode() != 200) {
            throw new IOException("Orthanc refused " + file + ": HTTP " + r.statusCode() + " " + r.body());
        }
    }

    private boolean answers() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(root() + "/system")).timeout(Duration.ofSeconds(2))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void waitFor(java.util.function.BooleanSupplier condition, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new IOException("gave up waiting for " + what + "; relay log: "
                        + Files.readString(dir.resolve("relay.log")));
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() throws Exception {
        if (relay != null) {
            relay.close();
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
