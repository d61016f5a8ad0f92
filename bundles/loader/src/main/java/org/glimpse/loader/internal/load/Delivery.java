package org.glimpse.loader.internal.load;

import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameFailure;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.loader.LevelEvent;
import org.glimpse.api.retrieve.PlannedRequest;

/**
 * Hands images to the host under the never-worse rule: a frame's image is replaced only by one of a higher
 * status, or of the same status at a finer level; a neighbour's image is lent only to a frame without an image
 * of its own and only at a better replicate status. Keeps the coverage, progress and outcome. Under the lock.
 */
final class Delivery {

    private final SeriesLoading load;

    Delivery(SeriesLoading load) {
        this.load = load;
    }

    /**
     * Shows {@code image} when it is better than what the frame shows; false when it is not (it is dropped).
     *
     * @param part the lent part of a place the image lives in (its decode's hold passes to the frame), or null
     */
    boolean deliver(FrameLoad f, PlannedRequest step, DecodedFrame image, DecodeTimes times, long held,
            boolean whole, PlacePart part) {
        PixelDescriptor p = f.instance.pixel();
        boolean rendition = image.reduce() == 0 && (image.width() < p.columns() || image.height() < p.rows());
        // a server-made rendition keeps reduce 0 and says its scale; a JPEG 2000 reduce scales by 2^reduce
        double scaleX = rendition ? (double) p.columns() / image.width() : Math.scalb(1.0, image.reduce());
        double scaleY = rendition ? (double) p.rows() / image.height() : Math.scalb(1.0, image.reduce());
        int level = rendition ? LevelChoice.reduceOfRendition(p.rows(), image.height()) : image.reduce();
        ImageQualityStatus status = Qualities.of(image.quality(), level, whole, step.options().imageQualityStatus());
        if (!Qualities.better(status, level, f.own, f.ownReduce)) {
            return false;
        }
        DecodedFrame shown = new DecodedFrame(f.key, image.width(), image.height(), image.samplesPerPixel(),
                image.bitsStored(), image.reduce(), status, spacing(f, scaleX, scaleY), image.pixels(), scaleX,
                scaleY, image.transferSyntaxUid());
        ImageQualityStatus before = f.shown();
        f.own = status;
        f.ownReduce = level;
        PlacePart partBefore = f.shows(part);
        load.best.set(f.index, shown);
        long now = load.elapsed();
        f.levels.add(new LevelEvent(now, image.reduce(), image.width(), image.height(), status, held,
                step.stageId(), times.decodeMillis(), times.queueMillis()));
        f.firstShown(now, status);
        load.coverage.moved(before, status);
        boolean reachedFinal = whole && level == 0 && status.compareTo(ImageQualityStatus.LOSSY) >= 0;
        if (reachedFinal) {
            reachFinal(f, now);
        }
        load.sink.frameUpdated(load.key, shown);
        PlacePart.letGo(partBefore);
        // logged once the host has the image: writing a line took the host's image 1 to 2.5 ms later
        f.trace.handed(f.key, now, times, held);
        if (reachedFinal) {
            f.finalTrace.handed(f.key, now, times, held);
        }
        lend(step, shown, part, now);
        changed();
        return true;
    }

    private void reachFinal(FrameLoad f, long now) {
        f.finalReached = true;
        f.finalNanos = now;
        f.steps.clear();
        FrameFlow.dropExchange(f);
        f.current = null;
        f.releaseBytes();
        load.flow.window.release(f);
    }

    /** Pixel spacing at the decoded size: the metadata's (row, column) spacing times the scale, so measurements hold. */
    private static double[] spacing(FrameLoad f, double scaleX, double scaleY) {
        double[] s = f.instance.plane().pixelSpacing();
        return s == null ? null : new double[] {s[0] * scaleY, s[1] * scaleX};
    }

    private void lend(PlannedRequest step, DecodedFrame shown, PlacePart part, long now) {
        for (PlannedRequest.Lend l : step.lends()) {
            FrameLoad t = load.frames[l.frameIndex()];
            if (t.own != null || t.failure != null || (t.lent != null && t.lent.compareTo(l.status()) >= 0)) {
                continue;
            }
            ImageQualityStatus before = t.shown();
            t.lent = l.status();
            PlacePart shownBefore = t.shows(part == null ? null : part.hold());
            DecodedFrame lentImage = shown.lentTo(t.key, l.status());
            load.best.set(t.index, lentImage);
            t.firstShown(now, l.status());
            load.coverage.moved(before, l.status());
            load.sink.frameUpdated(load.key, lentImage);
            PlacePart.letGo(shownBefore);
        }
    }

    /** A frame cannot be had: it keeps what it shows, the others go on. */
    void fail(FrameLoad f, FrameFailure failure) {
        if (f.failure != null || f.finalReached) {
            return;
        }
        f.failure = failure;
        load.coverage.removed(f.shown());
        FrameFlow.dropExchange(f);
        f.steps.clear();
        f.current = null;
        f.releaseBytes();
        load.flow.window.release(f);
        load.sink.frameFailed(load.key, f.key, failure);
        // it keeps its image: a place waiting for that image's part waits no longer
        load.placeWait.recheck();
        changed();
        settle(f);
    }

    /** Counts a frame that has gone quiet, once; ends the load when the last one does. */
    void settle(FrameLoad f) {
        if (f.settled || !f.quiet() || load.cancelRequested) {
            return;
        }
        // nothing of the frame is in flight: whatever it had admitted no longer counts against the window
        load.flow.window.release(f);
        f.settled = true;
        if (f.failure != null) {
            load.framesFailed++;
        } else {
            load.framesFinal++;
        }
        load.sink.progress(load.key, load.framesFinal, load.frames.length);
        if (load.framesFinal + load.framesFailed == load.frames.length) {
            load.end(load.outcome());
        }
    }

    private void changed() {
        for (ImageQualityStatus s : load.coverage.newlyReached()) {
            load.sink.coverageReached(load.key, s);
        }
        load.volume.touched();
    }
}
