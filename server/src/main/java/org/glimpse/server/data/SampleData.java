package org.glimpse.server.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The preparation tool: makes sure a data root holds the sample DICOMweb tree of a given size, generating it
 * (phantoms drawn in Java, encoded with the Debian codecs) when it is absent or of another size or format.
 * Several JVMs may call it at once: a file lock serialises them and the tree appears by an atomic rename.
 */
public final class SampleData {
    /** Layout version of the tree; bump when the files or metadata change. */
    public static final int FORMAT = 4; // 4: signed HTJ2K coded conformantly (SignedHtj2k)
    /** Directory under the data root holding the tree served at the WADO-RS root. */
    public static final String TREE = "dicomweb";

    private SampleData() {
    }

    /** The prepared tree of {@code dataRoot}: paths below it match paths below the WADO-RS root. */
    public static Path tree(Path dataRoot) {
        return dataRoot.resolve(TREE);
    }

    public static Catalog ensure(Path dataRoot, SampleSize size) throws IOException {
        // The encoders run as processes in other folders: a relative root would not reach them.
        dataRoot = dataRoot.toAbsolutePath().normalize();
        Files.createDirectories(dataRoot);
        try (FileChannel lockFile = FileChannel.open(dataRoot.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = lock(lockFile, dataRoot)) {
            Catalog existing = current(dataRoot);
            if (existing != null && existing.size().equals(size)) {
                return existing;
            }
            Path staging = dataRoot.resolve(TREE + ".tmp");
            deleteTree(staging);
            Catalog catalog = new SampleWriter(size).write(staging);
            Files.deleteIfExists(dataRoot.resolve(Catalog.FILE_NAME));
            deleteTree(tree(dataRoot));
            Files.move(staging, tree(dataRoot), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            catalog.write(dataRoot);
            return catalog;
        }
    }

    /**
     * Waits for the data root's lock. Another JVM makes {@code lock()} block; another thread of this JVM makes
     * it throw, so that case is retried (for as long as a DEFAULT preparation may take, then it fails).
     */
    private static FileLock lock(FileChannel channel, Path dataRoot) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (true) {
            try {
                return channel.lock();
            } catch (OverlappingFileLockException e) {
                if (System.nanoTime() - deadline > 0) {
                    throw new IOException("sample data in " + dataRoot + " stayed locked by another thread for 10 min",
                            e);
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for the lock on " + dataRoot, interrupted);
                }
            }
        }
    }

    /**
     * The size of the tree already prepared in {@code dataRoot}, if it holds one of this layout: what a server
     * given no size serves, so that a tree prepared at another size (a 2000-slice CT) is not generated over.
     */
    public static java.util.Optional<SampleSize> prepared(Path dataRoot) {
        return java.util.Optional.ofNullable(current(dataRoot.toAbsolutePath().normalize())).map(Catalog::size);
    }

    private static Catalog current(Path dataRoot) {
        if (!Files.isRegularFile(dataRoot.resolve(Catalog.FILE_NAME)) || !Files.isDirectory(tree(dataRoot))) {
            return null;
        }
        try {
            Catalog catalog = Catalog.read(dataRoot);
            return catalog.format() == FORMAT ? catalog : null;
        } catch (IOException e) {
            // An unreadable catalog (older layout, interrupted write) means: generate again.
            return null;
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw new IOException("cannot delete " + root + ": " + e.getCause().getMessage(), e.getCause());
        }
    }
}
