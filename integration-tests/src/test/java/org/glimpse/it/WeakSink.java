package org.glimpse.it;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.frame.LoadOutcome;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.frame.SeriesKey;
import org.glimpse.api.host.SeriesSink;

/**
 * A host that keeps only weak references to the arrays its full-resolution images live in, so that a test can
 * see whether anything else still holds them; or, keeping its images, only to the arrays shared by several
 * frames (slabs), so that a test can see whether the images it keeps hold more than themselves.
 */
final class WeakSink implements SeriesSink {

    final List<WeakReference<Object>> arrays = new ArrayList<>();
    final CompletableFuture<LoadOutcome> ended = new CompletableFuture<>();
    /** With {@link #keeping()}: the image each frame shows, and a hash of its values when it was handed over. */
    final Map<FrameKey, DecodedFrame> kept = new HashMap<>();
    final Map<FrameKey, Long> keptHash = new HashMap<>();
    /** Images handed over again with other values than the ones they replace at the same quality. */
    final List<String> changed = new ArrayList<>();
    volatile int fullImages;
    volatile int largestArrayValues;
    volatile int frameValues;
    private boolean keep;

    /** A host that keeps every frame's image, as one still showing a series it stopped loading. */
    static WeakSink keeping() {
        WeakSink s = new WeakSink();
        s.keep = true;
        return s;
    }

    @Override
    public void seriesAdded(SeriesKey series, SeriesDescriptor descriptor) {
    }

    @Override
    public synchronized void frameUpdated(SeriesKey series, DecodedFrame frame) {
        if (keep) {
            DecodedFrame before = kept.put(frame.key(), frame);
            long hash = hash(frame.pixels());
            Long had = keptHash.put(frame.key(), hash);
            if (before != null && before.quality() == frame.quality() && before.reduce() == frame.reduce()
                    && had != hash) {
                changed.add(frame.key() + " " + frame.quality());
            }
        }
        if (frame.quality() != ImageQualityStatus.FULL_RESOLUTION) {
            return;
        }
        Object array = frame.pixels() instanceof PixelBuffer.Shorts s ? s.values()
                : ((PixelBuffer.Bytes) frame.pixels()).values();
        int values = array instanceof short[] a ? a.length : ((byte[]) array).length;
        largestArrayValues = Math.max(largestArrayValues, values);
        frameValues = frame.pixels().length();
        if ((!keep || values > frameValues) && arrays.stream().noneMatch(r -> r.get() == array)) {
            arrays.add(new WeakReference<>(array));
        }
        fullImages++;
    }

    @Override
    public void loadEnded(SeriesKey series, LoadOutcome outcome) {
        ended.complete(outcome);
    }

    /** Arrays still reachable. */
    synchronized int alive() {
        int n = 0;
        for (WeakReference<Object> r : arrays) {
            n += r.get() == null ? 0 : 1;
        }
        return n;
    }

    private static long hash(PixelBuffer p) {
        long h = 1;
        for (int i = p.offset(); i < p.offset() + p.length(); i++) {
            h = 31 * h + (p instanceof PixelBuffer.Shorts s ? s.values()[i] : ((PixelBuffer.Bytes) p).values()[i]);
        }
        return h;
    }
}
