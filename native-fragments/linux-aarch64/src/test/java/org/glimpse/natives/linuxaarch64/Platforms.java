package org.glimpse.natives.linuxaarch64;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Manifest;

/** What the build made and what this machine offers for running arm64 code. */
final class Platforms {
    static final Path MANIFEST = Path.of("target", "classes", "META-INF", "MANIFEST.MF");

    private Platforms() {
    }

    /** A folder the build passes as a system property. */
    static Path folder(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set (the pom sets it)");
        }
        return Path.of(value);
    }

    /** qemu's arm64 user-mode emulator on PATH (Debian 12 names it qemu-aarch64-static), or null. */
    static Path qemu() {
        for (String name : new String[] {"qemu-aarch64-static", "qemu-aarch64"}) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    static Manifest manifest() {
        try (InputStream in = Files.newInputStream(MANIFEST)) {
            return new Manifest(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fragment's manifest " + MANIFEST.toAbsolutePath(), e);
        }
    }

    /** Why the build left the libraries out (the manifest says), or a note that it did not say. */
    static String missingReason() {
        String why = manifest().getMainAttributes().getValue("Glimpse-Natives-Missing");
        return why != null ? why : "no Glimpse-Natives-Missing header in " + MANIFEST;
    }
}
