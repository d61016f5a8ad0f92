package org.glimpse.tools.codec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.glimpse.fixtures.Encoders;

/**
 * The benchmark's frames, made once with the Debian encoders: a 3036² 12-bit DX-like phantom and a 512²
 * 12-bit CT-like one, each as HTJ2K RPCL lossless, JPEG 2000 lossless and JPEG-LS lossless, plus 64 KB prefixes.
 */
record BenchFrames(String name, int size, byte[] htj2k, byte[] j2k, byte[] jpegLs, Path dir) {
    static final int PREFIX = 65_536;

    static BenchFrames make(Path dir, String name, int size, long seed) throws IOException {
        Files.createDirectories(dir);
        int[] v = Encoders.phantom(size, size, 12, seed);
        Path pgm = Encoders.writePgm(dir.resolve(name + ".pgm"), v, size, size, 12);
        byte[] ht = cached(dir.resolve(name + "-htj2k.j2c"), () -> Encoders.ojphCompress(dir, name + "-htj2k", pgm,
                "-num_decomps", "5", "-prog_order", "RPCL", "-reversible", "true"));
        byte[] j2k = cached(dir.resolve(name + "-j2k.j2k"), () -> Encoders.opjCompress(dir, name + "-j2k", pgm,
                "-n", "6", "-p", "RPCL"));
        byte[] jls = cached(dir.resolve(name + ".jls"), () -> Encoders.jpegLs(v, size, size, 12, 0));
        Files.write(dir.resolve(name + "-htj2k-64k.j2c"), Arrays.copyOf(ht, Math.min(PREFIX, ht.length)));
        Files.write(dir.resolve(name + "-j2k-64k.j2k"), Arrays.copyOf(j2k, Math.min(PREFIX, j2k.length)));
        Files.deleteIfExists(pgm);
        return new BenchFrames(name, size, ht, j2k, jls, dir);
    }

    interface Maker {
        byte[] make() throws IOException;
    }

    private static byte[] cached(Path file, Maker maker) throws IOException {
        if (Files.isRegularFile(file)) {
            return Files.readAllBytes(file);
        }
        byte[] b = maker.make();
        Files.write(file, b);
        return b;
    }

    Path file(String suffix) {
        return dir.resolve(name + suffix);
    }
}
