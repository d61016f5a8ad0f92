package org.glimpse.codec.internal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glimpse.fixtures.Encoders;

/** Codestreams made once per test class with the Debian encoders from a fixed-seed 12-bit phantom. */
public final class TestCodestreams {
    public final Path dir;
    public final Path pgm;
    public final int size;

    public TestCodestreams(int size) {
        this.size = size;
        try {
            dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "j2k");
            pgm = Encoders.writePgm(dir.resolve("phantom.pgm"), Encoders.phantom(size, size, 12, 7), size, size, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** HTJ2K, RPCL, reversible, one tile-part, no TLM/PLT (what OpenJPH writes). */
    public byte[] htj2kRpcl(String... extra) throws IOException {
        String[] args = concat(new String[] {"-num_decomps", "5", "-prog_order", "RPCL", "-reversible", "true"}, extra);
        return Encoders.ojphCompress(dir, "ht" + Math.abs(String.join("", extra).hashCode()), pgm, args);
    }

    /** Classic JPEG 2000 with opj_compress. */
    public byte[] j2k(String name, String... args) throws IOException {
        return Encoders.opjCompress(dir, name, pgm, args);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
