package org.glimpse.workbench.internal.headless;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.SeriesDescriptor;

/**
 * How one series load went, as the host saw it. Times are nanoseconds from the load request.
 *
 * @param job what was loaded
 * @param series its metadata, or null when they could not be read
 * @param frames per frame, in series order
 * @param steps the images of the frames in view, as drawn
 * @param endNanos when the load ended
 * @param failure why the load failed as a whole, or null
 * @param saveErrors frames that could not be written with {@code --save}
 * @param loaderMetrics the loader's own per-frame metrics as JSON, or null
 * @param peakHeapBytes most heap in use during the load (garbage included) above what was in use after a full
 *        collection at its start
 * @param cancelNanos with {@code --cancel-after}: from the cancel to its future completing, else -1
 * @param cancelCallNanos with {@code --cancel-after}: how long the call to cancel took to return, else -1
 * @param heapAfterCancelBytes with {@code --cancel-after}: heap in use above the start once the cancel completed
 *        and the host let its images go (after a full collection), else -1
 * @param cpu CPU time used during the load, or null when not measured
 */
record RunResult(LoadJob job, SeriesDescriptor series, Map<FrameKey, FrameTimes> frames, List<RenderStep> steps,
        long endNanos, String failure, List<String> saveErrors, String loaderMetrics, long peakHeapBytes,
        long cancelNanos, long cancelCallNanos, long heapAfterCancelBytes, CpuUse cpu) {

    /** Why a load asked to stop by {@code --cancel-after} ended. */
    static final String CANCELLED = "cancelled";

    /** A load as the host saw it, before the loader's metrics are added. */
    RunResult(LoadJob job, SeriesDescriptor series, Map<FrameKey, FrameTimes> frames, List<RenderStep> steps,
            long endNanos, String failure, List<String> saveErrors) {
        this(job, series, frames, steps, endNanos, failure, saveErrors, null, 0, -1, -1, -1, null);
    }

    /** A load that never started: {@code failure} says why. */
    static RunResult refused(LoadJob job, String failure) {
        return new RunResult(job, null, Map.of(), List.of(), 0, failure, List.of());
    }

    RunResult withLoaderMetrics(String metrics, long peakHeap, CpuUse used) {
        return new RunResult(job, series, frames, steps, endNanos, failure, saveErrors, metrics, peakHeap, cancelNanos,
                cancelCallNanos, heapAfterCancelBytes, used);
    }

    RunResult withCancel(long nanos, long callNanos, long heapAfter) {
        return new RunResult(job, series, frames, steps, endNanos, failure, saveErrors, loaderMetrics, peakHeapBytes,
                nanos, callNanos, heapAfter, cpu);
    }

    /** Bytes of the series' pixels at full size (Rows × Columns × samples × bytes a value), 0 without metadata. */
    long pixelBytes() {
        return series == null ? 0 : series.instances().stream()
                .mapToLong(i -> i.pixel().frameBytes() * i.numberOfFrames()).sum();
    }

    /** When the first image of any frame was handed over, or -1. */
    long firstImageNanos() {
        return frames.values().stream().mapToLong(t -> t.firstNanos).filter(n -> n >= 0).min().orElse(-1);
    }

    /** When the last frame got its first image (every frame shown), or -1 when some never did. */
    long everyFrameShownNanos() {
        return frames.values().stream().anyMatch(t -> t.firstNanos < 0) ? -1
                : frames.values().stream().mapToLong(t -> t.firstNanos).max().orElse(-1);
    }

    /** When the last frame got its final image, or -1 when none did. */
    long completeNanos() {
        return frames.values().stream().mapToLong(t -> t.lastNanos).max().orElse(-1);
    }

    /** Frames that failed or hold no image of their own, with the reason. */
    List<String> frameFailures() {
        List<String> failures = new ArrayList<>();
        frames.forEach((k, t) -> {
            if (t.failure != null) {
                failures.add(k + ": " + t.failure);
            } else if (!t.ownImage() && failure == null) {
                failures.add(k + ": no image of its own was delivered"
                        + (t.lastQuality == null ? "" : " (only a " + t.lastQuality + ")"));
            }
        });
        return failures;
    }

    /** Whether everything asked for was loaded (and saved), or the load was cancelled as asked. */
    boolean ok() {
        if (cancelNanos >= 0) {
            return CANCELLED.equals(failure);
        }
        return failure == null && frameFailures().isEmpty() && saveErrors.isEmpty();
    }
}
