package org.glimpse.it;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.frame.LoadOutcome;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.frame.SeriesKey;
import org.glimpse.api.host.SeriesSink;

/**
 * A host that keeps no image: only weak references to the arrays its full-resolution images live in, so that a
 * test can see whether anything else still holds them.
 */
final class WeakSink implements SeriesSink {

    final List<WeakReference<Object>> arrays = new ArrayList<>();
    final CompletableFuture<LoadOutcome> ended = new CompletableFuture<>();
    volatile int fullImages;
    volatile int largestArrayValues;
    volatile int frameValues;

    @Override
    public void seriesAdded(SeriesKey series, SeriesDescriptor descriptor) {
    }

    @Override
    public synchronized void frameUpdated(SeriesKey series, DecodedFrame frame) {
        if (frame.quality() != ImageQualityStatus.FULL_RESOLUTION) {
            return;
        }
        Object array = frame.pixels() instanceof PixelBuffer.Shorts s ? s.values()
                : ((PixelBuffer.Bytes) frame.pixels()).values();
        int values = array instanceof short[] a ? a.length : ((byte[]) array).length;
        largestArrayValues = Math.max(largestArrayValues, values);
        frameValues = frame.pixels().length();
        if (arrays.stream().noneMatch(r -> r.get() == array)) {
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
}
