package org.glimpse.tools.codec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.codec.internal.decoder.CharlsFrameDecoder;
import org.glimpse.codec.internal.decoder.JpegExtendedFrameDecoder;
import org.glimpse.codec.internal.decoder.JpegFrameDecoder;
import org.glimpse.codec.internal.decoder.JpegLosslessFrameDecoder;
import org.glimpse.codec.internal.decoder.JpegLsFrameDecoder;
import org.glimpse.codec.internal.decoder.OpenJpegFrameDecoder;
import org.glimpse.codec.internal.decoder.OpenJphFrameDecoder;
import org.glimpse.codec.internal.decoder.StandaloneCodecRuntime;
import org.glimpse.fixtures.Encoders;

/**
 * Bounded fuzzing of the decoders through the FrameDecoder API: mutated HTJ2K, JPEG 2000, JPEG-LS and JPEG
 * (lossless, 12-bit extended, baseline) frames, each ending as an image or a typed error while this JVM stays up.
 *
 * <p>Usage: {@code CodecFuzz [--count N] [--seconds S] [--seed X]}; N cases per target (default
 * 10 000), at most S seconds in all (default 600).
 */
public final class CodecFuzz {
    static final int SIZE = 96;
    static final PixelDescriptor PIXEL = new PixelDescriptor(SIZE, SIZE, 1, 16, 12, 0, "MONOCHROME2", 0);
    private static final long BUDGET_MILLIS = 2000;

    private CodecFuzz() {
    }

    /** One kind of base frame and the decoder it goes to. */
    record Target(String name, byte[] base, String syntax, FrameDecoder decoder, boolean jpeg2000) {
    }

    public static void main(String[] args) throws IOException {
        long count = 10_000;
        long seconds = 600;
        long seed = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--count" -> count = Long.parseLong(value(args, ++i, "--count"));
                case "--seconds" -> seconds = Long.parseLong(value(args, ++i, "--seconds"));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, "--seed"));
                default -> {
                    System.err.println("unknown argument '" + args[i] + "'; usage: fuzz codecs [--count N]"
                            + " [--seconds S] [--seed X]");
                    System.exit(2);
                }
            }
        }
        try (StandaloneCodecRuntime runtime = StandaloneCodecRuntime.system()) {
            System.out.println("native libraries: " + runtime.describe());
            FuzzTally tally = run(runtime, count, seconds * 1000, seed, System.out);
            System.out.println(tally.summary());
            System.out.println(tally.details() + ", decoder processes replaced " + runtime.pool().restarts());
            System.exit(tally.crashes() == 0 && tally.hangs() == 0 ? 0 : 1);
        }
    }

    private static String value(String[] args, int i, String name) {
        if (i >= args.length) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[i];
    }

    /** Runs {@code count} cases per target within {@code millis}; progress goes to {@code log}. */
    public static FuzzTally run(StandaloneCodecRuntime runtime, long count, long millis, long seed,
            java.io.PrintStream log) throws IOException {
        List<Target> targets = targets(runtime);
        FuzzTally tally = new FuzzTally(BUDGET_MILLIS);
        Mutator mutator = new Mutator(seed);
        long deadline = System.currentTimeMillis() + millis;
        DecodeOptions options = new DecodeOptions(DecodeOptions.BEST_AVAILABLE, 1, BUDGET_MILLIS);
        FrameKey key = new FrameKey("1.2.3", "1.2.3.4", "fuzz", 1);
        outer:
        for (long i = 0; i < count; i++) {
            for (Target t : targets) {
                if (System.currentTimeMillis() > deadline) {
                    log.println("time limit reached after " + tally.cases() + " cases");
                    break outer;
                }
                Mutator.Mutation m = mutator.next(t.base(), t.jpeg2000());
                FrameKey k = new FrameKey(key.studyInstanceUid(), key.seriesInstanceUid(), t.name(), (int) i + 1);
                EncodedFrame f = new EncodedFrame(k, t.syntax(), PIXEL, m.data(), m.length(), m.complete());
                long start = System.nanoTime();
                try {
                    t.decoder().decode(f, options);
                    tally.image(elapsed(start));
                } catch (DecodeException e) {
                    tally.error(e, elapsed(start), t.name() + " " + m.description());
                } catch (RuntimeException | Error e) {
                    tally.crash(e, t.name() + " " + m.description(), elapsed(start));
                }
            }
        }
        return tally;
    }

    private static long elapsed(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    static List<Target> targets(StandaloneCodecRuntime runtime) throws IOException {
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "fuzz");
        int[] phantom = Encoders.phantom(SIZE, SIZE, 12, 11);
        Path pgm = Encoders.writePgm(dir.resolve("fuzz.pgm"), phantom, SIZE, SIZE, 12);
        FrameDecoder j2k = new OpenJpegFrameDecoder(runtime);
        List<Target> t = new ArrayList<>();
        byte[] ht = Encoders.ojphCompress(dir, "fuzz", pgm, "-num_decomps", "4", "-prog_order", "RPCL",
                "-reversible", "true", "-block_size", "{32,32}");
        t.add(new Target("htj2k-openjpeg", ht, TransferSyntax.HTJ2K_LOSSLESS_RPCL, j2k, true));
        t.add(new Target("htj2k-openjph", ht, TransferSyntax.HTJ2K_LOSSLESS_RPCL, new OpenJphFrameDecoder(runtime),
                true));
        t.add(new Target("j2k", Encoders.opjCompress(dir, "fuzz", pgm, "-n", "5", "-p", "RPCL", "-b", "32,32"),
                TransferSyntax.JPEG_2000_LOSSLESS, j2k, true));
        t.add(new Target("jpegls", Encoders.jpegLs(phantom, SIZE, SIZE, 12, 0),
                TransferSyntax.JPEG_LS_LOSSLESS, new CharlsFrameDecoder(runtime), false));
        t.add(new Target("jpegls-java", Encoders.jpegLs(phantom, SIZE, SIZE, 12, 0),
                TransferSyntax.JPEG_LS_LOSSLESS, new JpegLsFrameDecoder(), false));
        t.add(new Target("jpegls-java-near", Encoders.jpegLs(phantom, SIZE, SIZE, 12, 2),
                TransferSyntax.JPEG_LS_NEAR_LOSSLESS, new JpegLsFrameDecoder(), false));
        t.add(new Target("jpeg-lossless", Encoders.dcmcjpeg(dir, "fuzz", phantom, SIZE, SIZE, 12, "+e1"),
                TransferSyntax.JPEG_LOSSLESS_SV1, new JpegLosslessFrameDecoder(), false));
        t.add(new Target("jpeg-extended-12", Encoders.dcmcjpeg(dir, "fuzz12", phantom, SIZE, SIZE, 12, "+ee"),
                TransferSyntax.JPEG_EXTENDED, new JpegExtendedFrameDecoder(runtime), false));
        int[] gray8 = java.util.Arrays.stream(phantom).map(v -> v >> 4).toArray();
        t.add(new Target("jpeg-baseline", Encoders.jdkJpeg(gray8, SIZE, SIZE), TransferSyntax.JPEG_BASELINE,
                new JpegFrameDecoder(runtime), false));
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
        return t;
    }
}
