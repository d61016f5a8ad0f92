package org.glimpse.tools.codec;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The codec benchmark's tables: per path the bare library, Glimpse in this JVM, Glimpse through a worker
 * process and the WebAssembly anchor, with Glimpse's overhead over the bare library; then stack throughput.
 */
final class BenchTable {

    private BenchTable() {
    }

    static void print(List<CodecBench.Row> rows, List<CodecBench.Rate> rates, List<CancelTiming.Result> cancels,
            PrintStream out) {
        out.println("iso out µs: median time of an isolated call outside the worker's own work (copies, hand-over,"
                + " wake-ups)");
        out.println(String.format(Locale.ROOT, "%-7s %-18s %-8s %5s %8s %8s %8s %8s %8s %7s %7s %7s", "frame", "path",
                "decoder", "width", "bare ms", "JVM ms", "iso ms", "wasm ms", "iso out µs", "JVM/bare", "iso/bare",
                "wasm/iso"));
        for (CodecBench.Row r : rows) {
            out.println(String.format(Locale.ROOT,
                    "%-7s %-18s %-8s %5d %8.2f %8.2f %8.2f %8.2f %10.0f %7.2f %7.2f %7.2f", r.frame(), r.path(),
                    r.decoder(), r.width(), r.bareMs(), r.inProcessMs(), r.isolatedMs(), r.wasmMs(),
                    r.isolationMicros(),
                    r.inProcessMs() / r.bareMs(), r.isolatedMs() / r.bareMs(), r.ratio()));
        }
        out.println();
        out.println("G: the median of up to " + Throughput.PASSES + " passes over the stack on warm workers (G 2w 1st:"
                + " the first pass, whose workers and JVM are still compiling); G 2w×1: two workers taking one frame at"
                + " a time (no next frame held); cpu: ms of CPU per frame, this JVM and its workers (JVM 2w: this"
                + " JVM's part)");
        out.println(String.format(Locale.ROOT, "%-7s %-15s %-8s %9s %9s %9s %9s %9s %9s %9s %9s %9s %11s %11s",
                "frame", "stack of " + CodecBench.STACK, "decoder", "G 1w fps", "G 2w fps", "G 2w 1st", "G 2w×1",
                "W 1w fps", "W 2w fps", "cpu 1w", "cpu 2w", "JVM 2w", "G 2w/W 1w", "1 frame ms"));
        for (CodecBench.Rate r : rates) {
            out.println(String.format(Locale.ROOT,
                    "%-7s %-15s %-8s %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f %9.2f %9.2f %9.2f %11.2f %11.2f", r.frame(),
                    r.path(), r.decoder(), r.glimpse1(), r.glimpse2(), r.glimpse2First(), r.glimpse2Single(),
                    r.wasm1(), r.wasm2(), r.cpuMs1(), r.cpuMs2(), r.jvmCpuMs2(), r.glimpse2() / r.wasm1(),
                    r.frameMs()));
        }
        out.println();
        out.println(String.format(Locale.ROOT, "%-24s %7s %18s %s", "cancelled while running", "workers",
                "cancel → next ms", "its worker"));
        for (CancelTiming.Result c : cancels) {
            out.println(String.format(Locale.ROOT, "%-24s %7d %18.1f %s", c.cancelled(), c.workers(),
                    c.cancelToNextMs(), c.workerKept() ? "kept (answered within the grace)" : "killed and replaced"));
        }
    }

    static String json(List<CodecBench.Row> rows, List<CodecBench.Rate> rates, List<CancelTiming.Result> cancels) {
        StringBuilder s = new StringBuilder("{\"latency\":[\n");
        for (int i = 0; i < rows.size(); i++) {
            CodecBench.Row r = rows.get(i);
            s.append(i > 0 ? ",\n" : "").append(String.format(Locale.ROOT,
                    "  {\"frame\":\"%s\",\"path\":\"%s\",\"decoder\":\"%s\",\"width\":%d,\"bareMs\":%s,"
                    + "\"inProcessMs\":%s,\"isolatedMs\":%s,\"wasmMs\":%s,\"inProcessOverBare\":%s,"
                    + "\"isolatedOverBare\":%s,\"wasmOverIsolated\":%s,\"isolatedOutsideWorkerMicros\":%s}", r.frame(),
                    r.path(), r.decoder(), r.width(), num(r.bareMs()), num(r.inProcessMs()), num(r.isolatedMs()),
                    num(r.wasmMs()), num(r.inProcessMs() / r.bareMs()), num(r.isolatedMs() / r.bareMs()),
                    num(r.ratio()),
                    num(r.isolationMicros())));
        }
        s.append("\n],\"throughput\":[\n");
        for (int i = 0; i < rates.size(); i++) {
            CodecBench.Rate r = rates.get(i);
            s.append(i > 0 ? ",\n" : "").append(String.format(Locale.ROOT,
                    "  {\"frame\":\"%s\",\"path\":\"%s\",\"decoder\":\"%s\",\"frames\":%d,\"glimpseOneWorkerFps\":%s,"
                    + "\"glimpseTwoWorkersFps\":%s,\"glimpseTwoWorkersOneFrameAtATimeFps\":%s,"
                    + "\"cpuMsPerFrameOneWorker\":%s,\"cpuMsPerFrameTwoWorkers\":%s,"
                    + "\"jvmCpuMsPerFrameTwoWorkers\":%s,\"glimpseTwoWorkersFirstPassFps\":%s,"
                    + "\"wasmOneWorkerFps\":%s,\"wasmTwoWorkersFps\":%s,"
                    + "\"glimpseDefaultOverWasmDefault\":%s,\"singleFrameIsolatedMs\":%s}", r.frame(), r.path(),
                    r.decoder(), CodecBench.STACK, num(r.glimpse1()), num(r.glimpse2()), num(r.glimpse2Single()),
                    num(r.cpuMs1()), num(r.cpuMs2()), num(r.jvmCpuMs2()), num(r.glimpse2First()), num(r.wasm1()), num(r.wasm2()),
                    num(r.glimpse2() / r.wasm1()), num(r.frameMs())));
        }
        s.append("\n],\"cancel\":[\n");
        for (int i = 0; i < cancels.size(); i++) {
            CancelTiming.Result c = cancels.get(i);
            s.append(i > 0 ? ",\n" : "").append(String.format(Locale.ROOT,
                    "  {\"cancelled\":\"%s\",\"workers\":%d,\"cancelToNextMs\":%s,\"workerKept\":%b}",
                    c.cancelled(), c.workers(), num(c.cancelToNextMs()), c.workerKept()));
        }
        return s.append("\n]}\n").toString();
    }

    private static String num(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "null" : String.format(Locale.ROOT, "%.2f", v);
    }
}
