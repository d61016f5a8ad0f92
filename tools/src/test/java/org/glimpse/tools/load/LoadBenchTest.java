package org.glimpse.tools.load;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadBenchTest {

    @Test
    void theBenchmarksWorkFolderGoesWithEverythingInIt(@TempDir Path parent) throws Exception {
        Path work = Files.createDirectories(parent.resolve("glimpse-bench-load1/sites-ct-glimpse-volume-local-h2c"));
        Files.writeString(work.resolve("glimpse.site-bench.cfg"), "cleartextHttp2 = true\n");
        Files.writeString(work.getParent().resolve("ct-single-local.log"), "loader: …\n");
        LoadBench.deleteTree(work.getParent());
        assertFalse(Files.exists(work.getParent()), "nothing is left behind");
        LoadBench.deleteTree(work.getParent());
    }
}
