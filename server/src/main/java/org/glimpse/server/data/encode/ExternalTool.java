package org.glimpse.server.data.encode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Debian command-line codec with a time limit; a failure carries the command and its output. The
 * sample data and the test fixtures run every encoder through here.
 */
public final class ExternalTool {
    private static final long TIMEOUT_SECONDS = 120;

    private ExternalTool() {
    }

    public static void run(List<String> command, Path workDir) throws IOException {
        // Output goes to a file: a full pipe would block the tool while we wait for it.
        Path log = Files.createTempFile(workDir, "tool", ".log");
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        String output;
        try {
            boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
                throw new IOException("timed out after " + TIMEOUT_SECONDS + " s: " + String.join(" ", command));
            }
            output = Files.readString(log, StandardCharsets.UTF_8);
            Files.delete(log);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(command.get(0) + " exited with " + process.exitValue() + ": "
                    + String.join(" ", command) + "\n" + output.strip());
        }
    }
}
