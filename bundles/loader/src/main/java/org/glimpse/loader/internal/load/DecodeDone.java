package org.glimpse.loader.internal.load;

import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.retrieve.PlannedRequest;
import org.glimpse.loader.internal.decode.DecodeCallback;

/**
 * A decode of a frame's bytes returned: a whole frame's image or failure counts; a prefix that did not decode
 * is only a level that was not ready (the whole frame will tell).
 */
final class DecodeDone implements DecodeCallback {

    private final SeriesLoading load;
    private final FrameLoad frame;
    private final PlannedRequest step;
    private final String form;
    private final long held;
    private final String syntax;
    private final boolean whole;
    private final boolean inSlot;
    private final PlacePart part;
    private final int reduce;
    private final long asked;

    /**
     * @param inSlot whether the decode writes into the frame's place in the slab
     * @param part the part of another frame's place it writes into, or null
     * @param reduce the levels the decode discards
     */
    DecodeDone(SeriesLoading load, FrameLoad frame, PlannedRequest step, String form, EncodedFrame bytes,
            int reduce, boolean whole, boolean inSlot, PlacePart part) {
        this.load = load;
        this.frame = frame;
        this.step = step;
        this.form = form;
        this.held = bytes.length();
        this.syntax = bytes.transferSyntaxUid();
        this.whole = whole;
        this.inSlot = inSlot;
        this.part = part;
        this.reduce = reduce;
        this.asked = load.elapsed();
    }

    @Override
    public void decoded(DecodedFrame image, double queueMillis, double decodeMillis) {
        if (load.cancelRequested) {
            // nothing of a cancelled load is shown or counted: its cancel need not wait for the lock behind this
            return;
        }
        synchronized (load.lock) {
            returned();
            load.decodeCost.decoded((long) image.width() * image.height(), decodeMillis);
            if (whole) {
                load.flow.window.decoded(held, decodeMillis);
            }
            boolean shown = false;
            DecodeTimes times = new DecodeTimes(queueMillis, decodeMillis);
            if (!load.cancelRequested && frame.failure == null) {
                shown = load.delivery.deliver(frame, step, image.receivedAs(syntax), times, held, whole, part);
                morePrefix();
            }
            if (!whole) {
                frame.finalTrace.prefixReturned(reduce, asked, times, load.elapsed(), shown);
            }
            if (!shown) {
                PlacePart.letGo(part);
            }
            // an image that was not shown leaves the frame's place free for a better decode
            frame.slotTaken &= !inSlot || shown;
            if (whole && !shown) {
                // a final not shown keeps the frame's reduced image: a place waiting for its part waits no longer
                load.placeWait.recheck();
            }
            load.delivery.settle(frame);
            load.flow.fillWindow();
        }
    }

    @Override
    public void failed(DecodeException failure) {
        if (load.cancelRequested) {
            return;
        }
        synchronized (load.lock) {
            returned();
            failedLocked(failure);
            if (whole) {
                // a final that failed keeps its reduced image: a place waiting for its part waits no longer
                load.placeWait.recheck();
            }
            load.flow.fillWindow();
        }
    }

    /** Taken back before it ran: the part of a place it would have written into goes back. Under the load's lock. */
    void withdrawn() {
        frame.finalTrace.prefixReturned(reduce, asked, null, load.elapsed(), false);
        PlacePart.letGo(part);
    }

    private void failedLocked(DecodeException failure) {
        frame.slotTaken &= !inSlot;
        PlacePart.letGo(part);
        if (whole && !load.cancelRequested && !frame.finalReached) {
            boolean passing = failure.kind() == DecodeException.Kind.TIMEOUT
                    || failure.kind() == DecodeException.Kind.CRASHED;
            if (passing && !frame.wholeDecodeRetried && load.decodes.decodeWholeAgain(frame, step, form)) {
                // a decoder stopped on a busy machine, or a worker that died, gets one more try
                frame.wholeDecodeRetried = true;
                return;
            }
            load.delivery.fail(frame, Failures.codec(failure, step.stageId()));
            return;
        }
        morePrefix();
        load.delivery.settle(frame);
    }

    private void returned() {
        load.decodes.decodeReturned(this);
        frame.decodesInFlight--;
        if (whole) {
            frame.wholeDecoding = false;
            // the decoder has read the frame's bytes: they no longer count against the window
            load.flow.window.release(frame);
        } else {
            frame.prefixDecodeReduce = -1;
            frame.prefixJob = null;
        }
    }

    /** Bytes that came while a prefix was decoding may complete a better level: decode that now. */
    private void morePrefix() {
        FormBytes b = frame.forms.get(form);
        if (!whole && frame.prefixPending && b != null) {
            frame.prefixPending = false;
            // while this step's bytes still stream in, the prefix must still be worth it before the end
            load.decodes.decodePrefix(frame, step, form, b, frame.current != step);
        }
        if (frame.current == null && frame.steps.isEmpty() && frame.transportFailure != null && !frame.finalReached
                && frame.decodesInFlight == 0 && frame.exchange == null) {
            load.delivery.fail(frame, frame.transportFailure);
        }
    }
}
