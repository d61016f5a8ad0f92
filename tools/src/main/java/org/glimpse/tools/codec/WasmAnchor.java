package org.glimpse.tools.codec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs Cornerstone3D's WebAssembly codecs in node on the benchmark files: installs them with npm into a
 * build folder (never committed) and runs {@code src/bench/node/wasm-bench.js}.
 */
final class WasmAnchor {
    static final List<String> PACKAGES = List.of("@cornerstonejs/codec-openjph@2.4.11",
            "@cornerstonejs/codec-openjpeg@1.3.6", "@cornerstonejs/codec-charls@1.2.7");
    private static final Pattern LINE = Pattern.compile(
            "\\{\"name\":\"([^\"]+)\",\"medianMs\":([0-9.]+|null)(?:,\"width\":(\\d+))?");

    private static final Pattern THROUGHPUT = Pattern.compile(
            "\\{\"name\":\"([^\"]+)\",\"framesPerSecond\":([0-9.]+|null)");

    /**
     * One case for node: which codec, which file, which reduce; with {@code workers} > 0 a throughput run of
     * {@code frames} whole frames on that many worker threads.
     */
    record Case(String name, String codec, Path file, int reduce, int runs, int frames, int workers) {
        Case(String name, String codec, Path file, int reduce, int runs) {
            this(name, codec, file, reduce, runs, 0, 0);
        }
    }

    private final Path folder;
    private final Path script;

    WasmAnchor(Path folder, Path script) {
        this.folder = folder;
        this.script = script;
    }

    /**
     * Medians by case name: NaN where the codec failed or decoded another width than {@code widths} says
     * Glimpse did (so that no number is compared with a decode that did less); empty with a reason printed
     * when node or npm is missing.
     */
    Map<String, Double> run(List<Case> cases, Map<String, Integer> widths, java.io.PrintStream log)
            throws IOException {
        Map<String, Double> out = new HashMap<>();
        if (!Files.isRegularFile(script)) {
            log.println("wasm anchor skipped: no " + script);
            return out;
        }
        if (!Files.isDirectory(folder.resolve("node_modules/@cornerstonejs/codec-charls"))) {
            Files.createDirectories(folder);
            List<String> cmd = new ArrayList<>(List.of("npm", "install", "--no-audit", "--no-fund", "--prefix",
                    folder.toString()));
            cmd.addAll(PACKAGES);
            String result = exec(cmd, 300);
            if (result != null) {
                log.println("wasm anchor skipped: npm install failed: " + result);
                return out;
            }
        }
        StringBuilder json = new StringBuilder("[");
        for (Case c : cases) {
            json.append(json.length() > 1 ? "," : "").append(String.format(java.util.Locale.ROOT,
                    "{\"name\":\"%s\",\"codec\":\"%s\",\"file\":\"%s\",\"reduce\":%d,\"runs\":%d,"
                    + "\"frames\":%d,\"workers\":%d}", c.name(), c.codec(), c.file(), c.reduce(), c.runs(),
                    c.frames(), c.workers()));
        }
        Path casesFile = folder.resolve("cases.json");
        Files.writeString(casesFile, json.append("]"));
        Process p = new ProcessBuilder("node", script.toString(), folder.resolve("node_modules").toString(),
                casesFile.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Matcher m = LINE.matcher(text);
        while (m.find()) {
            double ms = "null".equals(m.group(2)) ? Double.NaN : Double.parseDouble(m.group(2));
            Integer expected = widths.get(m.group(1));
            if (m.group(3) != null && expected != null && Integer.parseInt(m.group(3)) != expected) {
                log.println("wasm " + m.group(1) + " decoded width " + m.group(3) + ", Glimpse " + expected
                        + ": not compared");
                ms = Double.NaN;
            }
            out.put(m.group(1), ms);
        }
        Matcher t = THROUGHPUT.matcher(text);
        while (t.find()) {
            out.put(t.group(1), "null".equals(t.group(2)) ? Double.NaN : Double.parseDouble(t.group(2)));
        }
        return out;
    }

    private static String exec(List<String> cmd, int seconds) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            byte[] log = p.getInputStream().readAllBytes();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "timed out after " + seconds + " s";
            }
            return p.exitValue() == 0 ? null : "exit " + p.exitValue() + ": " + new String(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
