package org.glimpse.tools.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.DecodeTask;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.codec.internal.decoder.CharlsFrameDecoder;
import org.glimpse.codec.internal.decoder.JpegLsFrameDecoder;
import org.glimpse.codec.internal.decoder.OpenJpegFrameDecoder;
import org.glimpse.codec.internal.decoder.OpenJphFrameDecoder;
import org.glimpse.codec.internal.decoder.StandaloneCodecRuntime;
import org.glimpse.codec.internal.service.DecodeScheduler;

/**
 * A stack decoded as the loader decodes it: every frame submitted to the decode service at once, each into
 * its own range of one slab, on warm workers; frames per second from the first submit to the last result. The
 * stack is decoded {@link #PASSES} times (once when a pass takes more than a third of {@link #BUDGET_NANOS}) and the
 * median pass is reported: the first pass on new workers also pays for compiling their code and this JVM's.
 */
final class Throughput {
    private final StandaloneCodecRuntime runtime;
    private final DecodeScheduler service;
    static final int PASSES = 3;
    private static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(4);
    private double cpuMillisPerFrame = Double.NaN;
    private double jvmCpuMillisPerFrame = Double.NaN;
    private double firstPassFps = Double.NaN;
    private String passRates = "";

    /** @param javaJpegLs JPEG-LS in Java (in this JVM) ranked above CharLS in workers, as the bundle ranks them */
    Throughput(StandaloneCodecRuntime runtime, boolean preferOpenJpeg, boolean javaJpegLs) {
        this.runtime = runtime.warm();
        this.service = new DecodeScheduler(runtime);
        service.register(new OpenJphFrameDecoder(runtime), preferOpenJpeg ? 10 : 20);
        service.register(new OpenJpegFrameDecoder(runtime), preferOpenJpeg ? 20 : 10);
        service.register(new CharlsFrameDecoder(runtime), 10);
        if (javaJpegLs) {
            service.register(new JpegLsFrameDecoder(), 20);
        }
    }

    int workers() {
        return service.concurrency();
    }

    /** Frames per second over {@code frames} decodes of {@code frame} after the workers are warm. */
    double framesPerSecond(EncodedFrame frame, int frames) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (runtime.pool().idleCount() < service.concurrency() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        int n = frame.pixel().rows() * frame.pixel().columns();
        short[] slab = new short[frames * n];
        DecodeOptions o = new DecodeOptions(0, 1, 60_000);
        run(frame, o, slab, n, 2 * service.concurrency());
        List<Long> workers = runtime.pool().pids();
        long me = ProcessHandle.current().pid();
        List<double[]> passes = new ArrayList<>();
        for (int pass = 0; pass < PASSES; pass++) {
            long jvm0 = ProcessCpu.nanos(me);
            long all0 = jvm0 + cpuNanos(workers);
            long t = System.nanoTime();
            run(frame, o, slab, n, frames);
            double seconds = (System.nanoTime() - t) / 1e9;
            long jvm1 = ProcessCpu.nanos(me);
            long all1 = jvm1 + cpuNanos(workers);
            passes.add(new double[] {frames / seconds, (all1 - all0) / 1e6 / frames, (jvm1 - jvm0) / 1e6 / frames});
            if (seconds * 1e9 * PASSES > BUDGET_NANOS) {
                break; // a slow codec's stack: one pass says enough
            }
        }
        firstPassFps = passes.get(0)[0];
        StringBuilder each = new StringBuilder();
        passes.forEach(p -> each.append(each.length() == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT,
                "%.1f", p[0])));
        passRates = each.toString();
        passes.sort(java.util.Comparator.comparingDouble(p -> p[0]));
        double[] median = passes.get(passes.size() / 2);
        cpuMillisPerFrame = median[1];
        jvmCpuMillisPerFrame = median[2];
        return median[0];
    }

    /** CPU time this JVM and its workers spent per frame in the reported pass (NaN before). */
    double cpuMillisPerFrame() {
        return cpuMillisPerFrame;
    }

    /** The part of {@link #cpuMillisPerFrame} this JVM spent (decode service, copies, hand-overs, GC, JIT). */
    double jvmCpuMillisPerFrame() {
        return jvmCpuMillisPerFrame;
    }

    /** Frames per second of each pass of the last {@link #framesPerSecond}, in order. */
    String passRates() {
        return passRates;
    }

    /** Frames per second of the first pass (the workers' code and this JVM's still being compiled). */
    double firstPassFps() {
        return firstPassFps;
    }

    /** CPU time so far of the given worker processes (those the system still reports). */
    private static long cpuNanos(List<Long> pids) {
        long sum = 0;
        for (long pid : pids) {
            sum += ProcessCpu.nanos(pid);
        }
        return sum;
    }

    private void run(EncodedFrame frame, DecodeOptions o, short[] slab, int n, int frames) throws Exception {
        List<DecodeTask> tasks = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            tasks.add(service.submit(frame, o, i, new PixelBuffer.Shorts(slab, i * n, n, false)));
        }
        for (DecodeTask task : tasks) {
            task.get();
        }
    }

    void close() {
        service.close();
    }
}
