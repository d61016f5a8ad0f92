package org.glimpse.codec.internal.jna;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A missing or wrong-architecture library makes a codec unavailable; no UnsatisfiedLinkError escapes. */
class NativeLibrariesTest {

    private static Path folderWithBrokenLibrary() throws Exception {
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "natives");
        // not an ELF file for this machine: what a wrong-architecture library looks like to dlopen
        Files.write(dir.resolve("libopenjp2.so.7"), new byte[] {0x7F, 'E', 'L', 'F', 1, 2, 3, 4, 5, 6, 7, 8});
        return dir;
    }

    @Test
    void brokenFragmentLibraryFallsBackToTheSystemOne() throws Exception {
        Path dir = folderWithBrokenLibrary();
        NativeLibraries.Loaded<OpenJpegLibrary> l = NativeLibraries.load(OpenJpegLibrary.class, List.of(dir),
                "libopenjp2.so.7", "openjp2");
        assertTrue(l.library().isPresent(), "system OpenJPEG after a broken fragment copy: " + l.source());
        assertEquals("system openjp2", l.source(), "says which one is in use");
    }

    @Test
    void missingEverywhereIsReportedNotThrown() throws Exception {
        Path dir = folderWithBrokenLibrary();
        NativeLibraries.Loaded<OpenJpegLibrary> l = NativeLibraries.load(OpenJpegLibrary.class, List.of(dir),
                "libopenjp2.so.7", "glimpse_no_such_library");
        assertFalse(l.library().isPresent(), "nothing to load");
        assertTrue(l.source().contains(dir.resolve("libopenjp2.so.7").toString())
                && l.source().contains("glimpse_no_such_library"), "names both attempts: " + l.source());
    }
}
