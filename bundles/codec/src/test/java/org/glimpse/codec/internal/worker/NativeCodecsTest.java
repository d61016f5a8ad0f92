package org.glimpse.codec.internal.worker;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glimpse.fixtures.Encoders;
import org.junit.jupiter.api.Test;

class NativeCodecsTest {

    @Test
    void shimFromOtherSourcesIsNotCalled() throws Exception {
        // a fragment built before the shim's entry points changed: calling it would pass the wrong arguments
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "oldshim");
        Path src = Files.writeString(dir.resolve("old.c"), "int glimpse_ojph_version(void) { return 900; }\n");
        Encoders.run(List.of("gcc", "-shared", "-fPIC", "-o", dir.resolve(NativeCodecs.OPENJPH_SHIM_FILE).toString(),
                src.toString()));
        NativeCodecs codecs = NativeCodecs.load(List.of(dir));
        assertFalse(codecs.has(CodecId.OPENJPH), "OpenJPH must be unavailable: " + codecs.describe());
        assertTrue(codecs.describe().contains("without glimpse_ojph_abi"), "says why: " + codecs.describe());
        assertTrue(codecs.has(CodecId.OPENJPEG), "the other codecs still load: " + codecs.describe());
    }
}
