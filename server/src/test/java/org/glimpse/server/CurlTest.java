package org.glimpse.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.glimpse.server.data.Representation;
import org.junit.jupiter.api.Test;

/** The server as curl (a client that sends exactly what it is told) sees it. */
class CurlTest extends ServerTestBase {

    /** Runs curl; returns the HTTP status it printed. The body goes to {@code out}. */
    private static String curl(Path out, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("curl", "-s", "-S", "--max-time", "20", "-o", out.toString(),
                "-w", "%{http_code}"));
        command.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("curl did not finish: " + command);
        }
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
    }

    @Test
    void curlRangeRequestGetsExactlyTheAskedBytes() throws Exception {
        Path out = Files.createTempFile("curl", ".bin");
        String url = uri(frameUrl(catalog.dx(), 0, "frames", "1")).toString();
        assertEquals("206", curl(out, "-r", "100-1123", "-H", "Accept: image/jphc", url));
        byte[] file = stored(catalog.dx(), 0, Representation.HTJ2K_TILED, 1);
        assertArrayEquals(Arrays.copyOfRange(file, 100, 1124), Files.readAllBytes(out), "curl -r 100-1123");
        assertEquals("206", curl(out, "-r", "-64", "-H", "Accept: image/jphc", url), "suffix range");
        assertArrayEquals(Arrays.copyOfRange(file, file.length - 64, file.length), Files.readAllBytes(out));
    }

    @Test
    void curlPathAsIsTraversalIsRefused() throws Exception {
        Path out = Files.createTempFile("curl", ".bin");
        String base = "http://127.0.0.1:" + server.port();
        for (String path : new String[] {"/dicomweb/../catalog.json", "/dicomweb/studies/../../catalog.json",
            "/dicomweb/studies/%2E%2E/%2E%2E/catalog.json", "/dicomweb/studies/..%5c..%5ccatalog.json"}) {
            String status = curl(out, "--path-as-is", base + path);
            assertTrue(status.equals("400") || status.equals("404"), path + " answered " + status);
            assertTrue(!Files.readString(out, StandardCharsets.ISO_8859_1).contains("\"format\""), path + " leaked");
        }
    }
}
