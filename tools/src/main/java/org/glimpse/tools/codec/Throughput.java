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
 * its own range of one slab, on warm workers; frames per second from the first submit to the last result.
 */
final class Throughput {
    private final StandaloneCodecRuntime runtime;
    private final DecodeScheduler service;
    private double cpuMillisPerFrame = Double.NaN;

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
        long cpu0 = cpuNanos(workers);
        long t = System.nanoTime();
        run(frame, o, slab, n, frames);
        double seconds = (System.nanoTime() - t) / 1e9;
        cpuMillisPerFrame = (cpuNanos(workers) - cpu0) / 1e6 / frames;
        return frames / seconds;
    }

    /** CPU time this JVM and its workers spent per frame in the last {@link #framesPerSecond} (NaN before). */
    double cpuMillisPerFrame() {
        return cpuMillisPerFrame;
    }

    /** CPU time so far of this JVM and of the given processes (those the system still reports). */
    private static long cpuNanos(List<Long> pids) {
        long sum = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
        for (long pid : pids) {
            sum += ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).map(java.time.Duration::toNanos)
                    .orElse(0L);
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
