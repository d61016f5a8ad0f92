package org.glimpse.natives.linuxaarch64;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code src/test/c/decode_frames.c} as built for one platform over a fragment's library folder: each job
 * decodes one codestream with one codec into a file of little-endian 16-bit stored values.
 *
 * @param command how to start the program (an emulator first, for another architecture)
 * @param libraries the fragment's {@code native/<platform>} folder
 */
record DecodeProgram(List<String> command, Path libraries) {
    private static final long TIMEOUT_SECONDS = 300;

    /** One decode: codec ({@code openjph}, {@code openjpeg}, {@code charls}) and its codestream file. */
    record Job(String codec, Path codestream) {
        String name() {
            return codec + " " + codestream.getFileName();
        }
    }

    DecodeProgram {
        command = List.copyOf(command);
    }

    /** Runs every job in one process; returns what the program printed (one line per frame, with its time). */
    String run(List<Job> jobs, Path outputs) throws IOException, InterruptedException {
        Files.createDirectories(outputs);
        List<String> args = new ArrayList<>(command);
        args.add(libraries.toString());
        for (Job j : jobs) {
            args.addAll(List.of(j.codec(), j.codestream().toString(), output(outputs, j).toString()));
        }
        Path log = Files.createTempFile(outputs, "decode", ".log");
        Process p = new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new IOException("no result within " + TIMEOUT_SECONDS + " s from " + String.join(" ", args));
        }
        String printed = Files.readString(log, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException("exit " + p.exitValue() + " from " + String.join(" ", args) + ":\n" + printed);
        }
        return printed;
    }

    static Path output(Path outputs, Job job) {
        return outputs.resolve(job.codec() + "-" + job.codestream().getFileName() + ".raw");
    }
}
