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
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.codec.internal.decoder.CharlsFrameDecoder;
import org.glimpse.codec.internal.decoder.CodecRuntime;
import org.glimpse.codec.internal.decoder.JpegLsFrameDecoder;
import org.glimpse.codec.internal.decoder.OpenJpegFrameDecoder;
import org.glimpse.codec.internal.decoder.OpenJphFrameDecoder;
import org.glimpse.codec.internal.decoder.StandaloneCodecRuntime;
import org.glimpse.codec.internal.j2k.CodestreamException;
import org.glimpse.codec.internal.j2k.J2kInspector;
import org.glimpse.codec.internal.worker.CodecId;
import org.glimpse.codec.internal.worker.DecodeJob;
import org.glimpse.codec.internal.worker.DecodeThreads;
import org.glimpse.codec.internal.worker.WorkerCommand;
import org.glimpse.codec.internal.worker.WorkerPool;
import org.glimpse.codec.internal.worker.WorkerTimes;

/**
 * Median milliseconds per decode for Glimpse's decoders (through the FrameDecoder API, in worker processes,
 * and in this JVM for comparison) beside Cornerstone3D's WebAssembly codecs in node, on the same bytes.
 *
 * <p>Usage: {@code CodecBench [--json FILE] [--runs N] [--only jpeg-ls|j2k]}. Prints a table; asserts nothing.
 * {@code --only} measures one family's rows and stack rows (JPEG-LS: CharLS and Java; j2k: HTJ2K and J2K), without
 * the inspection times and the other family's cancel timings.
 */
public final class CodecBench {
    private static final int THREADS = 2;

    private CodecBench() {
    }

    /**
     * One measured path: a decoder on some bytes at some reduce, the bare library on the same bytes, and its
     * WebAssembly counterpart.
     */
    record Row(String frame, String path, String decoder, double bareMs, double inProcessMs, double isolatedMs,
            int width, String wasmCodec, double wasmMs, double isolationMicros) {
        double ratio() {
            return wasmMs / isolatedMs;
        }

        Row withWasm(double ms) {
            return new Row(frame, path, decoder, bareMs, inProcessMs, isolatedMs, width, wasmCodec, ms,
                    isolationMicros);
        }
    }

    /**
     * Frames per second of a 512² stack: Glimpse's decode service (with 1 and 2 workers, each holding the next
     * frame while it decodes one; and with 2 workers taking one frame at a time) and the WebAssembly decoders,
     * 1 and 2 workers; with the CPU time Glimpse's processes (this JVM and its workers) spent per frame, the part
     * of it this JVM spent with 2 workers, and the first pass's rate with 2 workers (before compiled code settles).
     */
    record Rate(String frame, String path, String decoder, double glimpse1, double glimpse2, double glimpse2Single,
            double cpuMs1, double cpuMs2, double jvmCpuMs2, double glimpse2First, String wasmCodec, double wasm1,
            double wasm2, double frameMs) {
        Rate withWasm(double one, double two) {
            return new Rate(frame, path, decoder, glimpse1, glimpse2, glimpse2Single, cpuMs1, cpuMs2, jvmCpuMs2,
                    glimpse2First, wasmCodec, one, two, frameMs);
        }
    }

    public static void main(String[] args) throws IOException {
        long began = System.nanoTime();
        Path json = null;
        int runs = 0;
        boolean quick = false;
        String only = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--json" -> json = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--quick" -> quick = true;
                case "--only" -> only = family(args[++i]);
                default -> {
                    System.err.println("unknown argument '" + args[i] + "'; usage: bench codecs [--json FILE]"
                            + " [--runs N] [--quick] [--only jpeg-ls|j2k]");
                    System.exit(2);
                }
            }
        }
        Path module = Path.of(WorkerCommand.codeSourceOf(CodecBench.class)).getParent().getParent();
        Path target = module.resolve("target");
        List<BenchFrames> frames = List.of(BenchFrames.make(target.resolve("bench"), "dx3036", 3036, 21),
                BenchFrames.make(target.resolve("bench"), "ct512", 512, 22));
        List<Path> natives = StandaloneCodecRuntime.buildNatives();
        Path shim = natives.isEmpty() ? Path.of("libglimpse_openjph.so") : natives.get(0).resolve("libglimpse_openjph.so");
        BareLibrary bare = BareLibrary.build(module.resolve("src/bench/c/bare-decode.c"), target.resolve("bench"), shim);
        if (bare.problem() != null) {
            System.out.println("bare library rows skipped: " + bare.problem());
        }
        List<Row> rows = new ArrayList<>();
        List<WasmAnchor.Case> wasmCases = new ArrayList<>();
        try (StandaloneCodecRuntime isolated = new StandaloneCodecRuntime(natives, 1).warm()) {
            System.out.println("native libraries: " + isolated.describe());
            InProcessRuntime local = new InProcessRuntime(natives);
            for (BenchFrames f : frames) {
                if (only == null) {
                    levels(f);
                }
            }
            for (BenchFrames f : quick ? frames.subList(1, 2) : frames) {
                int n = runs > 0 ? runs : f.size() > 1024 ? 7 : 21;
                measure(f, n, isolated, local, bare, rows, wasmCases, only);
            }
        }
        List<Rate> rates = throughput(frames.get(1), natives, wasmCases, rows, only);
        PixelDescriptor dx = new PixelDescriptor(3036, 3036, 1, 16, 12, 0, "MONOCHROME2", 0);
        PixelDescriptor ct = new PixelDescriptor(512, 512, 1, 16, 12, 0, "MONOCHROME2", 0);
        BenchFrames f0 = frames.get(0);
        BenchFrames f1 = frames.get(1);
        List<CancelTiming.Result> cancels = quick || "j2k".equals(only) ? List.of() : CancelTiming.all(natives,
                frame(TransferSyntax.HTJ2K_LOSSLESS_RPCL, ct, f1.htj2k(), f1.htj2k().length, true),
                frame(TransferSyntax.JPEG_2000_LOSSLESS, dx, f0.j2k(), f0.j2k().length, true),
                frame(TransferSyntax.JPEG_LS_LOSSLESS, dx, f0.jpegLs(), f0.jpegLs().length, true), only != null);
        Map<String, Integer> widths = new java.util.HashMap<>();
        rows.forEach(r -> widths.put(key(r), r.width()));
        Map<String, Double> wasm = new WasmAnchor(target.resolve("wasm"),
                module.resolve("src/bench/node/wasm-bench.js")).run(wasmCases, widths, System.out);
        List<Row> done = rows.stream().map(r -> r.withWasm(wasm.getOrDefault(key(r), Double.NaN))).toList();
        List<Rate> rated = rates.stream().map(r -> r.withWasm(wasm.getOrDefault(key(r, 1), Double.NaN),
                wasm.getOrDefault(key(r, 2), Double.NaN))).toList();
        BenchTable.print(done, rated, cancels, System.out);
        if (json != null) {
            Files.writeString(json, BenchTable.json(done, rated, cancels));
            System.out.println("wrote " + json);
        }
        System.out.println(String.format(Locale.ROOT, "bench codecs took %.0f s", (System.nanoTime() - began) / 1e9));
    }

    static final int STACK = 200;

    /** The family {@code --only} names: "jpeg-ls", or "j2k" for HTJ2K and J2K. */
    private static String family(String name) {
        return switch (name) {
            case "jpeg-ls", "jpegls", "jls" -> "jpeg-ls";
            case "j2k", "htj2k", "jpeg2000" -> "j2k";
            default -> {
                System.err.println("--only takes jpeg-ls or j2k, not '" + name + "'");
                System.exit(2);
                yield null;
            }
        };
    }

    /** Whether a path of {@code kind} ("htj2k", "j2k", "jpeg-ls") is measured. */
    private static boolean measured(String only, String kind) {
        return only == null || only.equals(kind.equals("htj2k") ? "j2k" : kind);
    }

    /** A 200-frame stack of whole frames through the decode service with one and two workers, and the anchor's. */
    private static List<Rate> throughput(BenchFrames f, List<Path> natives, List<WasmAnchor.Case> wasm,
            List<Row> latency, String only) {
        PixelDescriptor px = new PixelDescriptor(f.size(), f.size(), 1, 16, 12, 0, "MONOCHROME2", 0);
        EncodedFrame ht = frame(TransferSyntax.HTJ2K_LOSSLESS_RPCL, px, f.htj2k(), f.htj2k().length, true);
        EncodedFrame j2k = frame(TransferSyntax.JPEG_2000_LOSSLESS, px, f.j2k(), f.j2k().length, true);
        EncodedFrame jls = frame(TransferSyntax.JPEG_LS_LOSSLESS, px, f.jpegLs(), f.jpegLs().length, true);
        Object[][] cases = {{"htj2k", ht, "openjph", f.file("-htj2k.j2c")},
            {"htj2k", ht, "openjpeg", f.file("-htj2k.j2c")}, {"j2k", j2k, "openjpeg", f.file("-j2k.j2k")},
            {"jpeg-ls", jls, "charls", f.file(".jls")}, {"jpeg-ls", jls, "jpegls-java", f.file(".jls")}};
        // [case][0: 2 workers one frame at a time, 1: 1 worker, 2: 2 workers]
        double[][] fps = new double[cases.length][3];
        double[][] cpu = new double[cases.length][3];
        double[][] jvmCpu = new double[cases.length][3];
        double[][] first = new double[cases.length][3];
        for (int run = 0; run < 3; run++) {
            int workers = run == 0 ? 2 : run;
            boolean told = false;
            for (int c = 0; c < cases.length; c++) {
                if (!measured(only, (String) cases[c][0])) {
                    fps[c][run] = Double.NaN;
                    cpu[c][run] = Double.NaN;
                    jvmCpu[c][run] = Double.NaN;
                    first[c][run] = Double.NaN;
                    continue;
                }
                try (StandaloneCodecRuntime runtime = new StandaloneCodecRuntime(natives, workers, run > 0)) {
                    Throughput t = new Throughput(runtime, "openjpeg".equals(cases[c][2]),
                            "jpegls-java".equals(cases[c][2]));
                    if (!told) {
                        told = true;
                        System.out.println("decode service with " + workers + " worker(s)"
                                + (run == 0 ? ", one frame at a time each" : "") + ": concurrency() = " + t.workers());
                    }
                    fps[c][run] = t.framesPerSecond((EncodedFrame) cases[c][1], STACK);
                    cpu[c][run] = t.cpuMillisPerFrame();
                    jvmCpu[c][run] = t.jvmCpuMillisPerFrame();
                    first[c][run] = t.firstPassFps();
                    System.out.println("  " + cases[c][0] + " " + cases[c][2] + ", " + workers + " worker(s): passes "
                            + t.passRates() + " frames/s");
                    t.close();
                } catch (Exception e) {
                    System.out.println("throughput " + cases[c][0] + " " + cases[c][2] + " failed: " + e);
                    fps[c][run] = Double.NaN;
                    cpu[c][run] = Double.NaN;
                    jvmCpu[c][run] = Double.NaN;
                    first[c][run] = Double.NaN;
                }
            }
        }
        List<Rate> rates = new ArrayList<>();
        for (int c = 0; c < cases.length; c++) {
            if (!measured(only, (String) cases[c][0])) {
                continue;
            }
            String path = cases[c][0] + " full";
            String decoder = (String) cases[c][2];
            String wasmCodec = "jpegls-java".equals(decoder) ? "charls" : decoder;
            double frameMs = latency.stream().filter(l -> l.frame().equals(f.name()) && l.path().equals(path)
                    && l.decoder().equals(decoder)).mapToDouble(Row::isolatedMs).findFirst()
                    .orElse(Double.NaN);
            Rate r = new Rate(f.name(), cases[c][0] + " stack", decoder, fps[c][1], fps[c][2], fps[c][0], cpu[c][1],
                    cpu[c][2], jvmCpu[c][2], first[c][2], wasmCodec, Double.NaN, Double.NaN, frameMs);
            rates.add(r);
            if (!wasmCodec.equals(cases[c][2])) {
                continue; // the anchor of the Java JPEG-LS rows is the CharLS rows' (same key)
            }
            for (int workers = 1; workers <= 2; workers++) {
                wasm.add(new WasmAnchor.Case(key(r, workers), (String) cases[c][2], (Path) cases[c][3], 0, 0, STACK,
                        workers));
            }
        }
        return rates;
    }

    private static String key(Rate r, int workers) {
        return r.frame() + " " + r.path() + " " + r.wasmCodec() + " x" + workers;
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

    private static void measure(BenchFrames f, int runs, StandaloneCodecRuntime isolated, CodecRuntime local,
            BareLibrary bare, List<Row> rows, List<WasmAnchor.Case> wasm, String only) throws IOException {
        PixelDescriptor px = new PixelDescriptor(f.size(), f.size(), 1, 16, 12, 0, "MONOCHROME2", 0);
        String[][] j2kPaths = {{"full", "0"}, {"reduce 2", "2"}, {"64 KB prefix", "-1"}};
        for (String[] p : measured(only, "j2k") ? j2kPaths : new String[0][]) {
            int reduce = Integer.parseInt(p[1]);
            boolean prefix = reduce < 0;
            int htLength = prefix ? Math.min(BenchFrames.PREFIX, f.htj2k().length) : f.htj2k().length;
            int j2kLength = prefix ? Math.min(BenchFrames.PREFIX, f.j2k().length) : f.j2k().length;
            EncodedFrame ht = frame(TransferSyntax.HTJ2K_LOSSLESS_RPCL, px, f.htj2k(), htLength, !prefix);
            EncodedFrame j2k = frame(TransferSyntax.JPEG_2000_LOSSLESS, px, f.j2k(), j2kLength, !prefix);
            DecodeOptions o = new DecodeOptions(prefix ? DecodeOptions.BEST_AVAILABLE : reduce, THREADS, 60_000);
            Row a = row(f, "htj2k " + p[0], ht, o, runs, new OpenJphFrameDecoder(isolated),
                    new OpenJphFrameDecoder(local), bare, f.file("-htj2k.j2c"), "openjph", isolated.pool());
            Row b = row(f, "htj2k " + p[0], ht, o, runs, new OpenJpegFrameDecoder(isolated),
                    new OpenJpegFrameDecoder(local), bare, f.file("-htj2k.j2c"), "openjpeg", isolated.pool());
            Row c = row(f, "j2k " + p[0], j2k, o, runs, new OpenJpegFrameDecoder(isolated),
                    new OpenJpegFrameDecoder(local), bare, f.file("-j2k.j2k"), "openjpeg", isolated.pool());
            rows.addAll(List.of(a, b, c));
            int htReduce = reduceOf(a, f.size());
            int j2kReduce = reduceOf(c, f.size());
            Path htFile = f.file(prefix ? "-htj2k-64k.j2c" : "-htj2k.j2c");
            Path j2kFile = f.file(prefix ? "-j2k-64k.j2k" : "-j2k.j2k");
            wasm.add(new WasmAnchor.Case(key(a), "openjph", htFile, htReduce, runs));
            wasm.add(new WasmAnchor.Case(key(b), "openjpeg", htFile, htReduce, runs));
            wasm.add(new WasmAnchor.Case(key(c), "openjpeg", j2kFile, j2kReduce, runs));
        }
        if (!measured(only, "jpeg-ls")) {
            return;
        }
        EncodedFrame jls = frame(TransferSyntax.JPEG_LS_LOSSLESS, px, f.jpegLs(), f.jpegLs().length, true);
        Row d = row(f, "jpeg-ls full", jls, new DecodeOptions(0, 1, 60_000), runs, new CharlsFrameDecoder(isolated),
                new CharlsFrameDecoder(local), bare, f.file(".jls"), "charls", isolated.pool());
        rows.add(d);
        wasm.add(new WasmAnchor.Case(key(d), "charls", f.file(".jls"), 0, runs));
        // JPEG-LS in Java runs in this JVM whichever runtime: both columns measure it; bare is CharLS in C
        JpegLsFrameDecoder java = new JpegLsFrameDecoder();
        rows.add(row(f, "jpeg-ls full", jls, new DecodeOptions(0, 1, 60_000), runs, java, java, bare, f.file(".jls"),
                "charls", null));
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
            FrameDecoder isolated, FrameDecoder local, BareLibrary bare, Path file, String codec, WorkerPool pool) {
        PixelBuffer target = new PixelBuffer.Shorts(new short[f.size() * f.size()], false);
        double[] a = time(isolated, frame, o, runs, target, pool);
        double[] b = time(local, frame, o, runs, target, null);
        double[] c = bareTime(bare, codec, file, frame, o, runs);
        return new Row(f.name(), path, isolated.name(), c[0], b[0], a[0], (int) a[1], codec, Double.NaN, a[2]);
    }

    /** The library alone on the bytes Glimpse hands it (a prefix is cut at its best complete level's end). */
    private static double[] bareTime(BareLibrary bare, String codec, Path file, EncodedFrame frame, DecodeOptions o,
            int runs) {
        int length = frame.length();
        boolean complete = frame.complete();
        int reduce = Math.max(0, o.reduce());
        if (!"charls".equals(codec) && !frame.complete()) {
            // a prefix is cut at its best complete level; a whole frame goes whole at any reduce, as Glimpse sends it
            try {
                CodestreamLevels l = J2kInspector.inspect(frame.data(), frame.length(), frame.complete()).levels();
                reduce = o.reduce() == DecodeOptions.BEST_AVAILABLE ? l.completeReduce()
                        : Math.max(o.reduce(), l.completeReduce());
                complete = frame.complete() && reduce == 0;
                length = complete ? length : (int) Math.min(length, l.endOfReduce(reduce));
            } catch (CodestreamException e) {
                return new double[] {Double.NaN, 0};
            }
        }
        complete = complete && reduce == 0;
        // the threads Glimpse gives the library for this image (one below a megapixel), so both run alike
        int threads = DecodeThreads.of(new DecodeJob(CodecId.OPENJPEG, length, complete, reduce, o.threads(),
                frame.pixel(), false), true);
        return bare.decode(codec, file, length, complete, reduce, "charls".equals(codec) ? 1 : threads, runs);
    }

    /**
     * {median ms, decoded width, median µs of the call outside the worker} into the caller's buffer, after one
     * warm-up decode; NaN when it fails. The last is measured only when {@code pool} runs the decodes.
     */
    private static double[] time(FrameDecoder d, EncodedFrame frame, DecodeOptions o, int runs, PixelBuffer target,
            WorkerPool pool) {
        try {
            DecodedFrame first = d.decode(frame, o, target);
            double[] ms = new double[runs];
            double[] outside = new double[runs];
            for (int i = 0; i < runs; i++) {
                WorkerTimes before = pool == null ? null : pool.times();
                long t = System.nanoTime();
                d.decode(frame, o, target);
                ms[i] = (System.nanoTime() - t) / 1e6;
                outside[i] = pool == null ? Double.NaN : pool.times().since(before).isolationMicros();
            }
            Arrays.sort(ms);
            Arrays.sort(outside);
            return new double[] {ms[runs / 2], first.width(), outside[runs / 2]};
        } catch (DecodeException e) {
            System.out.println("  " + d.name() + " failed: " + e.getMessage());
            return new double[] {Double.NaN, 0, Double.NaN};
        }
    }
}
