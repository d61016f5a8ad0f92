package org.glimpse.codec.internal.decoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.osgi.framework.Bundle;

/**
 * Copies what a worker process needs out of bundles into plain files: a bundle's location may be no file at
 * all (mvn: URLs, a Weasis cache), so classes and native libraries are read through the bundle API.
 */
final class BundleFiles {

    private BundleFiles() {
    }

    /** Weasis's native.library.spec name of this platform: linux-x86-64, macosx-aarch64, windows-x86-64 … */
    static String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String o = os.startsWith("mac") ? "macosx" : os.startsWith("win") ? "windows" : "linux";
        String a = switch (arch) {
            case "amd64", "x86_64" -> "x86-64";
            case "aarch64", "arm64" -> "aarch64";
            default -> arch;
        };
        return o + "-" + a;
    }

    /** Extracts {@code native/<platform>/*} (from this bundle and its fragments) into {@code target}. */
    static List<Path> extractNatives(Bundle bundle, Path target) throws IOException {
        Enumeration<URL> entries = bundle.findEntries("native/" + platform(), "*", false);
        if (entries == null) {
            return List.of();
        }
        Files.createDirectories(target);
        while (entries.hasMoreElements()) {
            URL u = entries.nextElement();
            String name = u.getPath().substring(u.getPath().lastIndexOf('/') + 1);
            if (name.isEmpty()) {
                continue;
            }
            // written beside and moved over: a worker still mapping the old library keeps its file (rewriting
            // it in place made a starting worker die of SIGBUS in the dynamic linker after a bundle update)
            Path tmp = Files.createTempFile(target, name, ".part");
            try (InputStream in = u.openStream()) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, target.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        return List.of(target);
    }

    /** Writes the bundle's files (those {@code keep} accepts) into a jar, once per bundle version. */
    static Path jarOf(Bundle bundle, Path folder, Predicate<String> keep) throws IOException {
        Files.createDirectories(folder);
        Path jar = folder.resolve(bundle.getSymbolicName() + "_" + bundle.getVersion() + "_"
                + bundle.getLastModified() + ".jar");
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        Path tmp = Files.createTempFile(folder, "worker", ".jar");
        // with fragments attached the same path can come twice (each has a manifest): the host's comes first
        java.util.Set<String> written = new java.util.HashSet<>();
        Enumeration<URL> entries = bundle.findEntries("/", "*", true);
        try (OutputStream file = Files.newOutputStream(tmp); JarOutputStream out = new JarOutputStream(file)) {
            while (entries != null && entries.hasMoreElements()) {
                URL u = entries.nextElement();
                String path = u.getPath().startsWith("/") ? u.getPath().substring(1) : u.getPath();
                if (path.isEmpty() || path.endsWith("/") || !keep.test(path) || !written.add(path)) {
                    continue;
                }
                out.putNextEntry(new JarEntry(path));
                try (InputStream in = u.openStream()) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return jar;
    }
}
