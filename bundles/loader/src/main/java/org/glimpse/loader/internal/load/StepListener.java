package org.glimpse.loader.internal.load;

import java.nio.ByteBuffer;
import org.glimpse.api.retrieve.PlannedRequest;
import org.glimpse.api.transport.FrameListener;
import org.glimpse.api.transport.FrameResponseInfo;
import org.glimpse.api.transport.FrameResult;
import org.glimpse.api.transport.TransportException;

/**
 * The transport's events for one step of one frame. Events of a request the frame no longer waits for (it
 * was cancelled, or the frame went final) are ignored. A step asked ahead ({@link RangeAhead}) keeps the bytes
 * that come before the current step's end beyond those held and its end for when it becomes current; its
 * failure only drops it (it is asked again in its turn).
 */
final class StepListener implements FrameListener {

    private final SeriesLoading load;
    private final FrameLoad frame;
    private final PlannedRequest step;
    private final String form;
    private final FormBytes bytes;
    /** This request's number in the frame's {@link FinalImageTrace}. */
    private int traced = -1;

    StepListener(SeriesLoading load, FrameLoad frame, PlannedRequest step, String form, FormBytes bytes) {
        this.load = load;
        this.frame = frame;
        this.step = step;
        this.form = form;
        this.bytes = bytes;
    }

    void traced(int request) {
        traced = request;
    }

    private boolean stale() {
        return load.cancelRequested || (frame.current != step && !ahead()) || frame.failure != null
                || frame.forms.get(form) != bytes;
    }

    /** Whether this is the frame's step asked ahead, not yet its current one. */
    private boolean ahead() {
        return frame.ahead != null && frame.ahead.listener == this;
    }

    @Override
    public void onResponse(FrameResponseInfo info) {
        if (load.cancelRequested) {
            return;
        }
        synchronized (load.lock) {
            if (stale()) {
                return;
            }
            frame.finalTrace.response(traced, load.elapsed());
            bytes.frameLength(info.frameLength());
            if (ahead()) {
                frame.ahead.headNanos = load.elapsed();
                if (info.transferSyntaxUid() != null) {
                    bytes.transferSyntaxUid(info.transferSyntaxUid());
                }
                return;
            }
            frame.trace.response(load.elapsed());
            frame.stepHeadNanos = load.elapsed();
            if (step.options().rangeIndex() == null || step.options().rangeIndex() < 0) {
                // the whole frame or its rest comes: one array of the frame's length, not doubling up to it
                bytes.reserve(info.frameLength());
                if (info.frameLength() > 0) {
                    load.flow.window.recount(frame, info.frameLength());
                }
            }
            String ts = info.transferSyntaxUid();
            if (ts != null) {
                bytes.transferSyntaxUid(ts);
                if (step.options().framesPath() == null) {
                    load.flow.replan(frame, ts);
                }
            }
        }
    }

    @Override
    public void onContent(long offset, ByteBuffer chunk) {
        if (load.cancelRequested) {
            return;
        }
        synchronized (load.lock) {
            if (stale()) {
                return;
            }
            int before = bytes.length();
            long now = System.nanoTime();
            if (ahead()) {
                bytes.appendAhead(frame.ahead.first, offset, chunk);
                frame.bytes += bytes.length() - before;
                return;
            }
            if (frame.stepContentNanos < 0) {
                frame.stepContentStarted(now, before);
                frame.trace.content(now - load.startNanos);
            }
            bytes.append(offset, chunk);
            frame.bytes += bytes.length() - before;
            frame.arrived(now, bytes.length());
            if (bytes.complete()) {
                frame.finalTrace.lastByte(now - load.startNanos);
            }
            boolean prefixes = step.options().streaming() || firstLook();
            if (prefixes) {
                load.decodes.decodePrefix(frame, step, form, bytes, false);
            }
            if (toTheEnd() && (frame.own != null || !prefixes)) {
                // the whole frame's place gets ready while its bytes come; not while a first look is to be shown
                // from them (its hand-over would wait for the lock while a slab is allocated)
                load.decodes.prepareWholeDecode(frame, step);
            }
            load.flow.ahead.consider(frame, step, form, bytes);
        }
    }

    private boolean toTheEnd() {
        Integer index = step.options().rangeIndex();
        return index == null || index < 0;
    }

    /**
     * A frame with no image of its own, and none on its way, decodes the first level complete in a blind range
     * (one not cut at a resolution boundary, which is short by design and decoded at its end).
     */
    private boolean firstLook() {
        return frame.own == null && frame.decodesInFlight == 0 && step.options().rangeIndex() != null
                && step.options().rangeIndex() >= 0 && !step.options().rangeEndsAtResolution();
    }

    @Override
    public void onComplete(FrameResult result) {
        if (load.cancelRequested) {
            return;
        }
        synchronized (load.lock) {
            if (stale()) {
                return;
            }
            if (ahead()) {
                // taken in when the step in front of it has ended (RangeAhead.adopt)
                frame.ahead.result = result;
                return;
            }
            completed(result);
        }
    }

    /** The step's response ended (now, or while it was asked ahead). Under the load's lock. */
    void completed(FrameResult result) {
        frame.exchange = null;
        frame.current = null;
        load.decodes.timing.requestEnded(result.metrics());
        if (result.frameComplete()) {
            bytes.completeAtLength();
        }
        frame.finalTrace.ended(traced, load.elapsed(), bytes.length());
        if (bytes.complete()) {
            frame.finalTrace.lastByte(load.elapsed());
        }
        load.decodes.bytesEnded(frame, step, form, bytes);
        if (!bytes.complete()) {
            // no whole decode follows from this request
            load.flow.window.release(frame);
        }
        load.flow.next(frame);
        load.flow.fillWindow();
    }

    @Override
    public void onFailure(TransportException failure) {
        if (load.cancelRequested) {
            // a cancelled load waits for none of its requests (thousands of them end at once on a cancel)
            return;
        }
        synchronized (load.lock) {
            if (stale()) {
                return;
            }
            if (ahead()) {
                RangeAhead.drop(frame);
                return;
            }
            frame.exchange = null;
            frame.current = null;
            if (!failure.cancelled()) {
                frame.transportFailure = Failures.transport(failure, step.stageId());
            }
            load.flow.window.release(frame);
            load.flow.next(frame);
            load.flow.fillWindow();
        }
    }
}
