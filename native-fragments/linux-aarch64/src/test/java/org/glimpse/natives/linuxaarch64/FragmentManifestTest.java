package org.glimpse.natives.linuxaarch64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The fragment attaches to glimpse.codec only on Linux aarch64 and carries arm64 code only. */
class FragmentManifestTest {
    /** ELF e_machine of AArch64. */
    private static final int EM_AARCH64 = 183;

    @Test
    void fragmentOfTheCodecResolvesOnlyOnLinuxAarch64() {
        Attributes main = Platforms.manifest().getMainAttributes();
        assertEquals("glimpse.codec", main.getValue("Fragment-Host"));
        String nativeCode = main.getValue("Bundle-NativeCode");
        String fallback = main.getValue("Require-Capability");
        String constraint = nativeCode != null ? nativeCode : fallback;
        assertNotNull(constraint, "neither Bundle-NativeCode nor an osgi.native requirement: the fragment would "
                + "attach on every platform");
        assertTrue(constraint.toLowerCase().contains("linux") && constraint.contains("aarch64")
                && !constraint.contains("x86"), "platform clause: " + constraint);
    }

    @Test
    void bundleNativeCodeNamesExactlyTheArm64FilesCarried() throws IOException {
        String nativeCode = Platforms.manifest().getMainAttributes().getValue("Bundle-NativeCode");
        Path folder = Platforms.folder("glimpse.natives.aarch64");
        if (nativeCode == null) {
            assertTrue(!Files.exists(folder), "libraries carried but not declared: " + folder);
            return;
        }
        Set<String> declared = Stream.of(nativeCode.split(";")).filter(s -> s.startsWith("native/"))
                .map(s -> s.substring("native/linux-aarch64/".length())).collect(Collectors.toCollection(TreeSet::new));
        Set<String> carried;
        try (Stream<Path> files = Files.list(folder)) {
            carried = files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(carried, declared, "Bundle-NativeCode: " + nativeCode);
        assertTrue(carried.contains("libglimpse_openjph.so"), "the OpenJPH shim is carried: " + carried);
        for (String name : carried) {
            assertEquals(EM_AARCH64, elfMachine(folder.resolve(name)), name + " is not an AArch64 ELF file");
        }
    }

    private static int elfMachine(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(20);
            assertTrue(header.length == 20 && header[0] == 0x7f && header[1] == 'E' && header[2] == 'L'
                    && header[3] == 'F', file + " is not an ELF file");
            return (header[18] & 0xff) | (header[19] & 0xff) << 8;
        }
    }
}
