package org.glimpse.tools.codec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glimpse.api.codec.CodestreamLevels;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.codec.internal.decoder.CharlsFrameDecoder;
import org.glimpse.codec.internal.decoder.CodecRuntime;
import org.glimpse.codec.internal.decoder.OpenJpegFrameDecoder;
import org.glimpse.codec.internal.decoder.OpenJphFrameDecoder;
import org.glimpse.codec.internal.decoder.StandaloneCodecRuntime;
import org.glimpse.codec.internal.j2k.CodestreamException;
import org.glimpse.codec.internal.j2k.J2kInspector;
import org.glimpse.codec.internal.worker.WorkerCommand;

/**
 * Median milliseconds per decode for Glimpse's decoders (through the FrameDecoder API, in worker processes,
 * and in this JVM for comparison) beside Cornerstone3D's WebAssembly codecs in node, on the same bytes.
 *
 * <p>Usage: {@code CodecBench [--json FILE] [--runs N]}. Prints a table; asserts nothing.
 */
public final class CodecBench {
    private static final int THREADS = 2;

    private CodecBench() {
    }

    /** One measured path: a decoder on some bytes at some reduce, and its WebAssembly counterpart. */
    record Row(String frame, String path, String decoder, double isolatedMs, double inProcessMs, int width,
            String wasmCodec, double wasmMs) {
        double ratio() {
            return wasmMs / isolatedMs;
        }
    }

    public static void main(String[] args) throws IOException {
        Path json = null;
        int runs = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--json" -> json = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("unknown argument '" + args[i] + "'; usage: bench codecs [--json FILE]"
                            + " [--runs N]");
                    System.exit(2);
                }
            }
        }
        Path module = Path.of(WorkerCommand.codeSourceOf(CodecBench.class)).getParent().getParent();
        Path target = module.resolve("target");
        List<BenchFrames> frames = List.of(BenchFrames.make(target.resolve("bench"), "dx3036", 3036, 21),
                BenchFrames.make(target.resolve("bench"), "ct512", 512, 22));
        List<Path> natives = StandaloneCodecRuntime.buildNatives();
        List<Row> rows = new ArrayList<>();
        List<WasmAnchor.Case> wasmCases = new ArrayList<>();
        try (StandaloneCodecRuntime isolated = new StandaloneCodecRuntime(natives, 1)) {
            System.out.println("native libraries: " + isolated.describe());
            InProcessRuntime local = new InProcessRuntime(natives);
            for (BenchFrames f : frames) {
                levels(f);
            }
            for (BenchFrames f : frames) {
                int n = runs > 0 ? runs : f.size() > 1024 ? 7 : 21;
                measure(f, n, isolated, local, rows, wasmCases);
            }
        }
        try (StandaloneCodecRuntime two = new StandaloneCodecRuntime(natives, 2)) {
            throughput(frames.get(1), two);
        }
        Map<String, Integer> widths = new java.util.HashMap<>();
        rows.forEach(r -> widths.put(key(r), r.width()));
        Map<String, Double> wasm = new WasmAnchor(target.resolve("wasm"),
                module.resolve("src/bench/node/wasm-bench.js")).run(wasmCases, widths, System.out);
        List<Row> done = new ArrayList<>();
        for (Row r : rows) {
            done.add(new Row(r.frame(), r.path(), r.decoder(), r.isolatedMs(), r.inProcessMs(), r.width(),
                    r.wasmCodec(), wasm.getOrDefault(key(r), Double.NaN)));
        }
        print(done);
        if (json != null) {
            Files.writeString(json, toJson(done));
            System.out.println("wrote " + json);
        }
    }

    /** A stack's worth of whole frames through one and through two worker processes (both cores). */
    private static void throughput(BenchFrames f, StandaloneCodecRuntime runtime) {
        PixelDescriptor px = new PixelDescriptor(f.size(), f.size(), 1, 16, 12, 0, "MONOCHROME2", 0);
        EncodedFrame ht = frame(TransferSyntax.HTJ2K_LOSSLESS_RPCL, px, f.htj2k(), f.htj2k().length, true);
        EncodedFrame j2k = frame(TransferSyntax.JPEG_2000_LOSSLESS, px, f.j2k(), f.j2k().length, true);
        int frames = 200;
        for (Object[] c : new Object[][] {{"htj2k", ht, new OpenJphFrameDecoder(runtime)},
            {"htj2k", ht, new OpenJpegFrameDecoder(runtime)}, {"j2k", j2k, new OpenJpegFrameDecoder(runtime)}}) {
            FrameDecoder d = (FrameDecoder) c[2];
            EncodedFrame e = (EncodedFrame) c[1];
            DecodeOptions one = new DecodeOptions(0, 1, 60_000);
            double serial = perFrame(d, e, one, frames, 1);
            double parallel = perFrame(d, e, one, frames, 2);
            System.out.println(String.format(Locale.ROOT, "throughput %s %s %s, %d frames: 1 caller %.2f ms/frame,"
                    + " 2 callers on 2 workers %.2f ms/frame (%.2f×)", f.name(), c[0], d.name(), frames, serial,
                    parallel, serial / parallel));
        }
    }

    private static double perFrame(FrameDecoder d, EncodedFrame e, DecodeOptions o, int frames, int callers) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(callers);
        try {
            List<java.util.concurrent.Future<DecodedFrame>> warm = new ArrayList<>();
            for (int i = 0; i < callers * 2; i++) {
                warm.add(pool.submit(() -> d.decode(e, o)));
            }
            for (var w : warm) {
                w.get();
            }
            long t = System.nanoTime();
            List<java.util.concurrent.Future<DecodedFrame>> all = new ArrayList<>();
            for (int i = 0; i < frames; i++) {
                all.add(pool.submit(() -> d.decode(e, o)));
            }
            for (var f : all) {
                f.get();
            }
            return (System.nanoTime() - t) / 1e6 / frames;
        } catch (InterruptedException | java.util.concurrent.ExecutionException x) {
            System.out.println("  throughput of " + d.name() + " failed: " + x);
            return Double.NaN;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Where each resolution level of the HTJ2K and J2K streams ends, and what inspecting costs. */
    private static void levels(BenchFrames f) {
        for (String kind : List.of("htj2k", "j2k")) {
            byte[] cs = kind.equals("htj2k") ? f.htj2k() : f.j2k();
            try {
                CodestreamLevels l = J2kInspector.inspect(cs, cs.length, true).levels();
                StringBuilder s = new StringBuilder(f.name() + " " + kind + " " + cs.length + " bytes, levels complete at:");
                for (int r = 0; r <= l.decompositions(); r++) {
                    int reduce = l.decompositions() - r;
                    s.append(String.format(Locale.ROOT, " %d²@%.1fKB", l.widthAt(reduce), l.levelEnds()[r] / 1024.0));
                }
                int prefix = Math.min(BenchFrames.PREFIX, cs.length);
                double whole = medianMillis(() -> J2kInspector.inspect(cs, cs.length, true), 9);
                double part = medianMillis(() -> J2kInspector.inspect(cs, prefix, false), 9);
                System.out.println(s + String.format(Locale.ROOT, "; inspect whole %.2f ms, 64 KB prefix %.2f ms",
                        whole, part));
            } catch (CodestreamException e) {
                System.out.println(f.name() + " " + kind + ": " + e.getMessage());
            }
        }
    }

    interface Inspect {
        void run() throws CodestreamException;
    }

    private static double medianMillis(Inspect task, int runs) throws CodestreamException {
        double[] ms = new double[runs];
        task.run();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }

    private static String key(Row r) {
        return r.frame() + " " + r.path() + " " + r.wasmCodec();
    }

    private static void measure(BenchFrames f, int runs, CodecRuntime isolated, CodecRuntime local, List<Row> rows,
            List<WasmAnchor.Case> wasm) throws IOException {
        PixelDescriptor px = new PixelDescriptor(f.size(), f.size(), 1, 16, 12, 0, "MONOCHROME2", 0);
        String[][] j2kPaths = {{"full", "0"}, {"reduce 2", "2"}, {"64 KB prefix", "-1"}};
        for (String[] p : j2kPaths) {
            int reduce = Integer.parseInt(p[1]);
            boolean prefix = reduce < 0;
            int htLength = prefix ? Math.min(BenchFrames.PREFIX, f.htj2k().length) : f.htj2k().length;
            int j2kLength = prefix ? Math.min(BenchFrames.PREFIX, f.j2k().length) : f.j2k().length;
            EncodedFrame ht = frame(TransferSyntax.HTJ2K_LOSSLESS_RPCL, px, f.htj2k(), htLength, !prefix);
            EncodedFrame j2k = frame(TransferSyntax.JPEG_2000_LOSSLESS, px, f.j2k(), j2kLength, !prefix);
            DecodeOptions o = new DecodeOptions(prefix ? DecodeOptions.BEST_AVAILABLE : reduce, THREADS, 60_000);
            Row a = row(f, "htj2k " + p[0], ht, o, runs, new OpenJphFrameDecoder(isolated),
                    new OpenJphFrameDecoder(local), "openjph");
            Row b = row(f, "htj2k " + p[0], ht, o, runs, new OpenJpegFrameDecoder(isolated),
                    new OpenJpegFrameDecoder(local), "openjpeg");
            Row c = row(f, "j2k " + p[0], j2k, o, runs, new OpenJpegFrameDecoder(isolated),
                    new OpenJpegFrameDecoder(local), "openjpeg");
            rows.addAll(List.of(a, b, c));
            int htReduce = reduceOf(a, f.size());
            int j2kReduce = reduceOf(c, f.size());
            Path htFile = f.file(prefix ? "-htj2k-64k.j2c" : "-htj2k.j2c");
            Path j2kFile = f.file(prefix ? "-j2k-64k.j2k" : "-j2k.j2k");
            wasm.add(new WasmAnchor.Case(key(a), "openjph", htFile, htReduce, runs));
            wasm.add(new WasmAnchor.Case(key(b), "openjpeg", htFile, htReduce, runs));
            wasm.add(new WasmAnchor.Case(key(c), "openjpeg", j2kFile, j2kReduce, runs));
        }
        EncodedFrame jls = frame(TransferSyntax.JPEG_LS_LOSSLESS, px, f.jpegLs(), f.jpegLs().length, true);
        Row d = row(f, "jpeg-ls full", jls, new DecodeOptions(0, 1, 60_000), runs, new CharlsFrameDecoder(isolated),
                new CharlsFrameDecoder(local), "charls");
        rows.add(d);
        wasm.add(new WasmAnchor.Case(key(d), "charls", f.file(".jls"), 0, runs));
    }

    private static int reduceOf(Row r, int size) {
        int reduce = 0;
        while (((size + (1 << reduce) - 1) >> reduce) > r.width()) {
            reduce++;
        }
        return reduce;
    }

    private static EncodedFrame frame(String ts, PixelDescriptor px, byte[] data, int length, boolean complete) {
        return new EncodedFrame(new FrameKey("1.2", "1.2.3", "bench", 1), ts, px, data, length, complete);
    }

    private static Row row(BenchFrames f, String path, EncodedFrame frame, DecodeOptions o, int runs,
            FrameDecoder isolated, FrameDecoder local, String wasmCodec) {
        double[] a = time(isolated, frame, o, runs);
        double[] b = time(local, frame, o, runs);
        return new Row(f.name(), path, isolated.name(), a[0], b[0], (int) a[1], wasmCodec, Double.NaN);
    }

    /** {median ms, decoded width}, after one warm-up decode; NaN when the decoder fails. */
    private static double[] time(FrameDecoder d, EncodedFrame frame, DecodeOptions o, int runs) {
        try {
            DecodedFrame first = d.decode(frame, o);
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                d.decode(frame, o);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            return new double[] {ms[runs / 2], first.width()};
        } catch (DecodeException e) {
            System.out.println("  " + d.name() + " failed: " + e.getMessage());
            return new double[] {Double.NaN, 0};
        }
    }

    private static void print(List<Row> rows) {
        System.out.println(String.format(Locale.ROOT, "%-7s %-20s %-9s %6s %11s %11s %-9s %9s %8s", "frame", "path",
                "decoder", "width", "isolated ms", "in-JVM ms", "wasm", "wasm ms", "wasm/iso"));
        for (Row r : rows) {
            System.out.println(String.format(Locale.ROOT, "%-7s %-20s %-9s %6d %11.1f %11.1f %-9s %9.1f %8.2f",
                    r.frame(), r.path(), r.decoder(), r.width(), r.isolatedMs(), r.inProcessMs(), r.wasmCodec(),
                    r.wasmMs(), r.ratio()));
        }
    }

    private static String toJson(List<Row> rows) {
        StringBuilder s = new StringBuilder("[\n");
        for (Row r : rows) {
            s.append(s.length() > 2 ? ",\n" : "").append(String.format(Locale.ROOT,
                    "  {\"frame\":\"%s\",\"path\":\"%s\",\"decoder\":\"%s\",\"width\":%d,\"isolatedMs\":%s,"
                    + "\"inProcessMs\":%s,\"wasmCodec\":\"%s\",\"wasmMs\":%s,\"wasmOverIsolated\":%s}",
                    r.frame(), r.path(), r.decoder(), r.width(), num(r.isolatedMs()), num(r.inProcessMs()),
                    r.wasmCodec(), num(r.wasmMs()), num(r.ratio())));
        }
        return s.append("\n]\n").toString();
    }

    private static String num(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "null" : String.format(Locale.ROOT, "%.2f", v);
    }
}
