package org.glimpse.loader.internal.load;

import java.util.concurrent.TimeUnit;
import org.glimpse.api.retrieve.SeriesKind;

/**
 * Tells a volume's host that frames changed, at most every {@value #PERIOD_MILLIS} ms: a reformat rebuilt for
 * each of hundreds of slices would starve the display (Weasis #719). Under the load's lock.
 */
final class VolumeSignal {

    static final long PERIOD_MILLIS = 100;
    private final SeriesLoading load;
    private int changed;
    private long lastNanos;
    private boolean scheduled;

    VolumeSignal(SeriesLoading load) {
        this.load = load;
    }

    void touched() {
        if (load.request.kind() != SeriesKind.VOLUME) {
            return;
        }
        changed++;
        long wait = TimeUnit.MILLISECONDS.toNanos(PERIOD_MILLIS) - (System.nanoTime() - lastNanos);
        if (wait <= 0) {
            flush();
        } else if (!scheduled) {
            scheduled = true;
            load.services.timer().schedule(this::flushLocked, wait, TimeUnit.NANOSECONDS);
        }
    }

    private void flushLocked() {
        synchronized (load.lock) {
            scheduled = false;
            if (!load.ended && !load.cancelRequested) {
                flush();
            }
        }
    }

    void flush() {
        if (changed > 0) {
            load.sink.volumeChanged(load.key, changed);
            changed = 0;
            lastNanos = System.nanoTime();
        }
    }
}
