package org.glimpse.it;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameFailure;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.frame.LoadOutcome;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.frame.SeriesKey;
import org.glimpse.api.host.SeriesSink;

/**
 * A host that keeps every call it gets, in order, and checks the SPI's promises as they happen: calls of a series
 * never overlap, a frame's status never falls, nothing comes after the outcome, and nothing writes under an image
 * while a frame shows it (its values are the same when a better one replaces it, and at the end).
 */
final class RecordingSink implements SeriesSink {

    final List<String> events = new ArrayList<>();
    final Map<FrameKey, List<DecodedFrame>> images = new HashMap<>();
    final Map<FrameKey, FrameFailure> failures = new HashMap<>();
    final List<ImageQualityStatus> coverage = new ArrayList<>();
    final List<String> violations = new ArrayList<>();
    final CompletableFuture<LoadOutcome> ended = new CompletableFuture<>();
    volatile SeriesDescriptor descriptor;
    volatile int volumeSignals;
    private boolean inside;
    /** What each frame shows and a hash of its values when it was handed over. */
    private final Map<FrameKey, Long> shownHash = new HashMap<>();

    private synchronized void enter(String what) {
        if (inside) {
            violations.add("overlapping call: " + what);
        }
        inside = true;
        if (ended.isDone()) {
            violations.add(what + " after loadEnded");
        }
        events.add(what);
    }

    private synchronized void leave() {
        inside = false;
    }

    @Override
    public void seriesAdded(SeriesKey series, SeriesDescriptor d) {
        enter("added " + series);
        descriptor = d;
        leave();
    }

    @Override
    public void frameUpdated(SeriesKey series, DecodedFrame frame) {
        enter("updated " + frame.key() + " " + frame.quality() + " reduce " + frame.reduce());
        synchronized (this) {
            List<DecodedFrame> list = images.computeIfAbsent(frame.key(), k -> new ArrayList<>());
            if (!list.isEmpty() && list.get(list.size() - 1).quality().value() > frame.quality().value()) {
                violations.add(frame.key() + " fell from " + list.get(list.size() - 1).quality() + " to "
                        + frame.quality());
            }
            if (!series.equals(frame.key().series())) {
                violations.add(frame.key() + " delivered for " + series);
            }
            if (!list.isEmpty()) {
                checkUnchanged(frame.key(), list.get(list.size() - 1), "replaced");
            }
            list.add(frame);
            shownHash.put(frame.key(), hash(frame.pixels()));
        }
        leave();
    }

    @Override
    public void frameFailed(SeriesKey series, FrameKey frame, FrameFailure failure) {
        enter("failed " + frame + " " + failure);
        synchronized (this) {
            failures.put(frame, failure);
        }
        leave();
    }

    @Override
    public void coverageReached(SeriesKey series, ImageQualityStatus atLeast) {
        enter("coverage " + atLeast);
        synchronized (this) {
            coverage.add(atLeast);
        }
        leave();
    }

    @Override
    public void volumeChanged(SeriesKey series, int framesChanged) {
        enter("volume " + framesChanged);
        volumeSignals++;
        leave();
    }

    @Override
    public void loadEnded(SeriesKey series, LoadOutcome outcome) {
        enter("ended " + outcome);
        synchronized (this) {
            images.forEach((k, l) -> checkUnchanged(k, l.get(l.size() - 1), "shown at the end"));
        }
        leave();
        ended.complete(outcome);
    }

    private void checkUnchanged(FrameKey key, DecodedFrame shown, String when) {
        Long before = shownHash.get(key);
        if (before != null && before != hash(shown.pixels())) {
            violations.add(key + ": the values of its " + shown.quality() + " " + shown.width() + "×" + shown.height()
                    + " image changed while it was shown (" + when + ")");
        }
    }

    private static long hash(PixelBuffer p) {
        long h = 1;
        int end = p.offset() + p.length();
        if (p instanceof PixelBuffer.Shorts s) {
            short[] v = s.values();
            for (int i = p.offset(); i < end; i++) {
                h = 31 * h + v[i];
            }
        } else {
            byte[] v = ((PixelBuffer.Bytes) p).values();
            for (int i = p.offset(); i < end; i++) {
                h = 31 * h + v[i];
            }
        }
        return h;
    }

    synchronized List<DecodedFrame> imagesOf(FrameKey key) {
        return new ArrayList<>(images.getOrDefault(key, List.of()));
    }

    synchronized DecodedFrame last(FrameKey key) {
        List<DecodedFrame> l = images.get(key);
        return l == null ? null : l.get(l.size() - 1);
    }
}
