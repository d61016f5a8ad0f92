package org.glimpse.tools.codec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.jpeg.JpegDctCodec;
import org.glimpse.fixtures.Encoders;

/**
 * Median ms of the Java sequential DCT decoder on a 12-bit JPEG Extended frame that dcmcjpeg made from the
 * benchmark's phantom (in this JVM, one thread).
 *
 * <p>Usage: {@code JpegDctBench [--size N] [--runs R]} (defaults 3036 and 15).
 */
public final class JpegDctBench {

    private JpegDctBench() {
    }

    public static void main(String[] args) throws IOException, CodecException {
        int size = 3036;
        int runs = 15;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--size" -> size = Integer.parseInt(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument '" + args[i]
                        + "'; usage: JpegDctBench [--size N] [--runs R]");
            }
        }
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "dctbench");
        byte[] jpeg = Encoders.dcmcjpeg(dir, "dx", Encoders.phantom(size, size, 12, 21), size, size, 12, "+ee");
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
        PixelDescriptor px = new PixelDescriptor(size, size, 1, 16, 12, 0, "MONOCHROME2", 0);
        for (int i = 0; i < 3; i++) {
            JpegDctCodec.decode(jpeg, jpeg.length, px);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            JpegDctCodec.decode(jpeg, jpeg.length, px);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.println(String.format(Locale.ROOT, "jpeg extended 12-bit %d×%d (%d bytes, dcmcjpeg +ee): median"
                + " %.1f ms, min %.1f ms over %d decodes (Java, in process, %s)", size, size, jpeg.length, ms[runs / 2],
                ms[0], runs, System.getProperty("java.version")));
    }
}
