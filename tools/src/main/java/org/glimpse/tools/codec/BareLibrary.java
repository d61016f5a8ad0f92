package org.glimpse.tools.codec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The libraries alone, called in process by {@code src/bench/c/bare-decode.c} (compiled here with gcc against
 * the distribution's headers): the floor each Glimpse path is measured against.
 */
final class BareLibrary {
    private final Path harness;
    private final Path shim;
    private final String problem;

    private BareLibrary(Path harness, Path shim, String problem) {
        this.harness = harness;
        this.shim = shim;
        this.problem = problem;
    }

    /** Compiles the harness into {@code folder}; a missing compiler or header leaves every row empty. */
    static BareLibrary build(Path source, Path folder, Path shim) {
        Path out = folder.resolve("bare-decode");
        String why = run(List.of("gcc", "-O2", "-o", out.toString(), source.toString(), "-I/usr/include/openjpeg-2.5",
                "-lopenjp2", "-lcharls", "-ldl"), 120);
        return new BareLibrary(out, shim, why);
    }

    /** What stopped the harness from being built, or null. */
    String problem() {
        return problem;
    }

    /** {median ms, width}, or {NaN, 0} when the harness is missing or the library failed. */
    double[] decode(String codec, Path file, int length, boolean complete, int reduce, int threads, int runs) {
        if (problem != null) {
            return new double[] {Double.NaN, 0};
        }
        try {
            Process p = new ProcessBuilder(harness.toString(), codec, file.toString(), Integer.toString(length),
                    complete ? "1" : "0", Integer.toString(reduce), Integer.toString(threads), Integer.toString(runs),
                    shim.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String[] f = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim().split(" ");
            if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0 || f.length < 2) {
                return new double[] {Double.NaN, 0};
            }
            return new double[] {Double.parseDouble(f[0]), Integer.parseInt(f[1])};
        } catch (IOException | NumberFormatException e) {
            return new double[] {Double.NaN, 0};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new double[] {Double.NaN, 0};
        }
    }

    private static String run(List<String> cmd, int seconds) {
        try {
            Files.createDirectories(Path.of(cmd.get(3)).getParent());
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            byte[] log = p.getInputStream().readAllBytes();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "gcc timed out";
            }
            return p.exitValue() == 0 ? null : "gcc: " + new String(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
