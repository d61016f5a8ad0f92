package org.glimpse.tools.codec;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.DecodeTask;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.codec.internal.decoder.CharlsFrameDecoder;
import org.glimpse.codec.internal.decoder.JpegLsFrameDecoder;
import org.glimpse.codec.internal.decoder.OpenJpegFrameDecoder;
import org.glimpse.codec.internal.decoder.OpenJphFrameDecoder;
import org.glimpse.codec.internal.decoder.StandaloneCodecRuntime;
import org.glimpse.codec.internal.service.DecodeScheduler;

/**
 * What a cancel costs the next frame: a decode is cancelled as soon as a worker has it, and the next frame is
 * submitted at once; the time from the cancel to that frame decoded, and whether the cancelled decode's worker
 * was kept (it answered within the grace period) or killed and replaced. JPEG-LS is decoded in Java in this JVM
 * (ranked first, as in the bundle): its cancel stops the decode at its next line and frees the decoder thread.
 */
final class CancelTiming {

    /** One measurement: milliseconds from {@code cancel} to the next frame decoded. */
    record Result(String cancelled, int workers, double cancelToNextMs, boolean workerKept) {
    }

    private CancelTiming() {
    }

    /**
     * @param afterMillis how long after a worker took {@code cancelled} to cancel it: long enough for the bytes
     *        to have reached the worker, so that the cancel meets a running decode
     */
    static Result run(StandaloneCodecRuntime runtime, String name, EncodedFrame cancelled, long afterMillis,
            EncodedFrame next) throws Exception {
        runtime.warm();
        DecodeScheduler service = new DecodeScheduler(runtime);
        try {
            service.register(new OpenJpegFrameDecoder(runtime), 20);
            service.register(new OpenJphFrameDecoder(runtime), 10);
            service.register(new CharlsFrameDecoder(runtime), 10);
            service.register(new JpegLsFrameDecoder(), 20);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (runtime.pool().idleCount() < service.concurrency() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            DecodeOptions o = new DecodeOptions(0, 1, 60_000);
            service.submit(next, o, 0).get();
            List<Long> before = runtime.pool().pids();
            DecodeTask victim = service.submit(cancelled, o, 0);
            while (!victim.isStarted() && !victim.isDone()) {
                Thread.onSpinWait();
            }
            Thread.sleep(afterMillis);
            long t0 = System.nanoTime();
            victim.cancel(true);
            service.submit(next, o, 0).get(60, TimeUnit.SECONDS);
            double ms = (System.nanoTime() - t0) / 1e6;
            // past the grace period, a worker that had not answered has been killed
            Thread.sleep(200);
            boolean kept = before.stream().allMatch(p -> ProcessHandle.of(p).map(ProcessHandle::isAlive).orElse(false));
            return new Result(name, service.concurrency(), ms, kept);
        } finally {
            service.close();
        }
    }

    /** @param jpegLsOnly only the JPEG-LS row ({@code bench codecs --only jpeg-ls}) */
    static List<Result> all(List<java.nio.file.Path> natives, EncodedFrame small, EncodedFrame large,
            EncodedFrame largeJpegLs, boolean jpegLsOnly) {
        List<Result> out = new java.util.ArrayList<>();
        Object[] jls = {"3036² JPEG-LS (Java)", largeJpegLs, 20L};
        Object[][] cases = jpegLsOnly ? new Object[][] {jls} : new Object[][] {{"512² HTJ2K (OpenJPEG)", small, 1L},
            {"3036² J2K (OpenJPEG)", large, 150L}, jls};
        for (int workers = 1; workers <= 2; workers++) {
            for (Object[] c : cases) {
                try (StandaloneCodecRuntime runtime = new StandaloneCodecRuntime(natives, workers)) {
                    out.add(run(runtime, (String) c[0], (EncodedFrame) c[1], (Long) c[2], small));
                } catch (Exception e) {
                    System.out.println("cancel timing of " + c[0] + " failed: " + e);
                }
            }
        }
        return out;
    }
}
