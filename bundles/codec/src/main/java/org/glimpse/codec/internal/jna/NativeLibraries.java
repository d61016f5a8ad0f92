package org.glimpse.codec.internal.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Loads a native library by absolute path from the folders given (the platform fragment's files, extracted
 * to the bundle's data area), falling back to the system library. Failures are reported, never thrown:
 * a missing library makes its decoder unavailable, no {@link UnsatisfiedLinkError} escapes.
 */
public final class NativeLibraries {

    private NativeLibraries() {
    }

    /** A loaded binding and where it came from, or why it did not load. */
    public record Loaded<T>(Optional<T> library, String source) {
    }

    public static <T extends Library> Loaded<T> load(Class<T> binding, List<Path> folders, String fileName,
            String systemName) {
        StringBuilder why = new StringBuilder();
        for (Path dir : folders) {
            Path file = dir.resolve(fileName);
            if (Files.isRegularFile(file)) {
                try {
                    return new Loaded<>(Optional.of(Native.load(file.toAbsolutePath().toString(), binding)),
                            file.toAbsolutePath().toString());
                } catch (LinkageError e) {
                    why.append(file).append(": ").append(e.getMessage()).append("; ");
                }
            }
        }
        try {
            return new Loaded<>(Optional.of(Native.load(systemName, binding)), "system " + systemName);
        } catch (LinkageError e) {
            why.append("system ").append(systemName).append(": ").append(e.getMessage());
            return new Loaded<>(Optional.empty(), "not loaded: " + why);
        }
    }
}
