package org.glimpse.workbench.internal.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void theBarFillsInProportion() {
        assertEquals("ct [###############---------------] 100/200 final", ProgressBar.bar("ct", 100, 200));
        assertEquals("ct [##############################] 0/0 final", ProgressBar.bar("ct", 0, 0));
    }

    @Test
    void withoutATerminalItPrintsOneLineATenth() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, "ct");
        for (int i = 0; i <= 200; i++) {
            bar.update(i, 200);
        }
        assertEquals(11, bytes.toString(StandardCharsets.UTF_8).lines().count());
    }
}
