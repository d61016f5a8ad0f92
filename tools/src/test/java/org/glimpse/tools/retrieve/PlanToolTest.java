package org.glimpse.tools.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line plan printer: its output, exit codes and error messages. */
class PlanToolTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    @Test
    void printsOneLinePerRequestWithStageFetchAndQuality() {
        assertEquals(0, run("plan", "sequential", "2", "1.2.840.10008.1.2.4.202"), err());
        String[] lines = out().split("\n");
        assertEquals("plan 'sequential', 2 frames, 4 requests", lines[0], out());
        assertEquals(6, lines.length, "title, header, four requests:\n" + out());
        assertTrue(lines[2].matches("\\s+0\\s+0\\s+lossySequential\\s+INTERACTION\\s+-5\\s+/frames/ range 0×65536"
                + "\\s+SUBRESOLUTION\\s*"), lines[2]);
        assertTrue(lines[5].matches("\\s+3\\s+1\\s+finalSequential\\s+INTERACTION\\s+-5\\s+/frames/ rest"
                + "\\s+FULL_RESOLUTION\\s*"), lines[5]);
    }

    @Test
    void readsAJsonFileAndReportsItsProblemsWithExitCode1() throws IOException {
        Path good = Files.writeString(dir.resolve("ct.json"), "{stages: [{id: 'all', retrieveType: 'x'}],"
                + " retrieveOptions: {x: {framesPath: '/jls/'}}}");
        assertEquals(0, run("plan", good.toString(), "1"), err());
        assertTrue(out().contains("plan 'ct', 1 frames, 1 requests") && out().contains("/jls/ whole"), out());

        Path bad = Files.writeString(dir.resolve("bad.json"), "{stages: [{id: 'a', offset: 3}]}");
        assertEquals(1, run("json", bad.toString()), out());
        assertEquals("Retrieve configuration 'bad' validation failed: stages[0].offset: must be in [0, decimate=1),"
                + " was 3", err().trim(), "message naming file-derived name, field and value");
    }

    @Test
    void wrongArgumentsGiveUsageOrANamedError() {
        assertEquals(2, run("plan"), "usage");
        assertTrue(err().startsWith("usage: plan"), err());
        err.reset();
        assertEquals(1, run("plan", "interleaved", "many"), "bad count");
        assertEquals("frameCount 'many' is not a whole number", err().trim(), "names the value");
        err.reset();
        assertEquals(1, run("plan", "nowhere.json", "3"), "missing file");
        assertTrue(err().startsWith("'nowhere.json' is neither a built-in configuration"), err());
    }

    private int run(String... args) {
        return PlanTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
