package org.glimpse.tools.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.glimpse.tools.codec.CodecFuzz;
import org.glimpse.codec.internal.decoder.StandaloneCodecRuntime;
import org.junit.jupiter.api.Test;

/** A small fixed-seed version of {@code fuzz codecs}: every mutated frame ends as an image or a typed error. */
class FuzzSmokeTest {

    @Test
    void fixedSeedFuzzEndsEveryCaseWithoutCrashOrHang() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (StandaloneCodecRuntime runtime = new StandaloneCodecRuntime(StandaloneCodecRuntime.buildNatives(), 2)) {
            FuzzTally t = CodecFuzz.run(runtime, 150, 120_000, 42, new PrintStream(log, true, StandardCharsets.UTF_8));
            String context = t.summary() + "\n" + t.details() + "\n" + log.toString(StandardCharsets.UTF_8);
            assertEquals(1350, t.cases(), "150 cases for each of the 9 targets: " + context);
            assertEquals(0, t.crashes(), context);
            // hangs are counted by the fuzz command, not asserted here: tests do not time (a loaded CI machine
            // would make them flaky); a hung decoder surfaces as a TIMEOUT clean error, counted above
            assertEquals(t.cases(), t.images() + t.cleanErrors(), "every case is an image or a typed error: "
                    + context);
            assertTrue(t.images() > 0 && t.cleanErrors() > 0, "the mutations must produce both outcomes, or this"
                    + " test no longer tests anything: " + context);
        }
    }
}
