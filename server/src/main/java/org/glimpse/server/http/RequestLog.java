package org.glimpse.server.http;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One line per request, tab-separated: time, client, method, path?query, Range (or -), status, body bytes,
 * milliseconds, profile, faults. Written to a file, never the console.
 */
public final class RequestLog implements AutoCloseable {
    private final BufferedWriter out;

    private RequestLog(BufferedWriter out) {
        this.out = out;
    }

    /** A log appending to {@code file}, or one that drops lines when {@code file} is null. */
    public static RequestLog open(Path file) throws IOException {
        if (file == null) {
            return new RequestLog(null);
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new RequestLog(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND));
    }

    void log(String client, String method, String target, String range, int status, long bytes, double millis,
            String profile, String faults) {
        if (out == null) {
            return;
        }
        String line = Instant.now() + "\t" + client + "\t" + method + "\t" + target + "\t"
                + (range == null ? "-" : range) + "\t" + status + "\t" + bytes + "\t"
                + String.format(java.util.Locale.ROOT, "%.1f", millis) + "\t" + profile + "\t" + faults;
        synchronized (this) {
            try {
                out.write(line);
                out.newLine();
                out.flush();
            } catch (IOException e) {
                // A full disk must not fail requests; the log is diagnostic.
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }
}
