package org.glimpse.it;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code glimpse load} as a user runs it: the assembled workstation's launcher in a process of its own, with a
 * framework cache of its own (the installed workstation's is never touched), its output kept for assertions.
 */
public final class GlimpseLoad {

    private static final long TIMEOUT_SECONDS = 180;

    private GlimpseLoad() {
    }

    /** Runs the launcher with {@code args} (from {@code --load} on) and waits for it to end. */
    public static Run launch(List<String> args) throws Exception {
        Path home = Workstation.fromSystemProperty().home();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dglimpse.home=" + home, "-Djava.awt.headless=true",
                "-Dorg.osgi.framework.storage=" + Files.createTempDirectory(tmp, "load-cache"),
                "-cp", home.resolve("bin/felix.jar") + ":" + home.resolve("bin/glimpse-launcher.jar") + ":"
                        + home.resolve("lib") + "/*", "org.glimpse.launcher.Launcher"));
        command.addAll(args);
        Path log = Files.createTempFile(tmp, "load", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("glimpse load did not end within " + TIMEOUT_SECONDS + " s:\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            p.destroyForcibly();
        }
    }

    /** A finished launcher process: its exit status and everything it printed. */
    public record Run(int status, String output) {
        /** The first line holding {@code text}, or null. */
        public String lineWith(String text) {
            return output.lines().filter(l -> l.contains(text)).findFirst().orElse(null);
        }
    }
}
