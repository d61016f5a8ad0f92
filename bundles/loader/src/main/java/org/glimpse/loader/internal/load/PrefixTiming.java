package org.glimpse.loader.internal.load;

import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.PublishedLevels;
import org.glimpse.api.retrieve.PlannedRequest;
import org.glimpse.api.transport.RequestMetrics;

/**
 * Whether a prefix decode is short beside the time until the frame's last byte lands ({@link PrefixWorth}): while
 * a step streams to the frame's end, at the rate it has brought bytes; at the end of a range, through the frame's
 * next request at the rate and first-byte wait of this load's requests ({@link ArrivalRate}); either way at least
 * at the rate the server's large responses came to this loader before ({@link LinkRates}). Under the load's
 * lock.
 */
final class PrefixTiming {

    private final SeriesLoading load;
    private final ArrivalRate arrival = new ArrivalRate();

    PrefixTiming(SeriesLoading load) {
        this.load = load;
    }

    /** A request of this load ended: how its bytes came. */
    void requestEnded(RequestMetrics metrics) {
        arrival.ended(metrics);
        load.services.rates().ended(metrics);
    }

    /** Whether a prefix decode at {@code reduce} of the bytes held ends before the frame's last byte lands. */
    boolean worthBeforeTheEnd(FrameLoad f, PlannedRequest step, FormBytes b, int reduce, boolean atEnd) {
        PublishedLevels published = f.instance.levelsOf(f.key.frameNumber(), FormKeys.framesPath(step.options()),
                b.transferSyntaxUid());
        long length = b.frameLength() > 0 ? b.frameLength() : published != null ? published.length() : -1;
        if (length <= 0) {
            return true;
        }
        double link = load.services.rates().bytesPerNano(load.location().wadoRoot());
        double nanosLeft = atEnd ? nanosThroughNextStep(f, length - b.length(), link)
                : nanosInThisStep(f, step, b, length, link);
        if (nanosLeft < 0) {
            return true;
        }
        PixelDescriptor p = FrameDecodes.pixel(f, step);
        long pixels = (long) LevelChoice.size(p.columns(), reduce) * LevelChoice.size(p.rows(), reduce);
        return PrefixWorth.decode(pixels, load.decodeCost.nanosPerPixel(), nanosLeft);
    }

    /** Nanoseconds until this step's last byte, when it streams to the frame's end; else -1. */
    private static double nanosInThisStep(FrameLoad f, PlannedRequest step, FormBytes b, long length, double link) {
        Integer index = step.options().rangeIndex();
        boolean toTheEnd = index == null || index < 0;
        long sinceFirst = System.nanoTime() - f.stepContentNanos;
        if (!toTheEnd || f.stepContentNanos < 0) {
            return -1;
        }
        // the step's own rate once a window has passed (its first reads come in a burst), else the link's
        double own = sinceFirst < FrameLoad.RATE_WINDOW_NANOS ? -1
                : (double) (b.length() - f.stepContentFrom) / sinceFirst;
        // the fastest of the whole step's rate, its recent one and the link's: a late prefix decode slows the final
        double rate = Math.max(Math.max(own, f.recentRate), link);
        if (rate <= 0) {
            return -1;
        }
        return (length - b.length()) / rate;
    }

    /**
     * Nanoseconds until the frame's next step has brought {@code left} bytes, when that step comes next at the
     * frame's rank (not held back for the display); else -1. A next step asked ahead ({@link RangeAhead}) has
     * had its wait for the first byte: its bytes follow at the rate they come (counting that wait again let a
     * 38 ms decode of a 3036² frame's 1518² level start 20 ms of loopback before the last byte).
     */
    private double nanosThroughNextStep(FrameLoad f, long left, double link) {
        PlannedRequest next = f.steps.peek();
        if (next == null || f.displayLimited || load.paused) {
            return -1;
        }
        return f.ahead != null ? arrival.nanosAtRate(left, link) : arrival.nanosFor(left, link);
    }
}
