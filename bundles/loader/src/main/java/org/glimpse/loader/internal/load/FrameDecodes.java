package org.glimpse.loader.internal.load;

import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.codec.Rendition;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.ReducedRendition;
import org.glimpse.api.retrieve.PlannedRequest;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.loader.internal.decode.DecodeJob;
import org.glimpse.loader.internal.decode.DecodeRank;

/**
 * The decoding rules for a frame's bytes as they arrive: a prefix is decoded only when a level better than any
 * shown or being decoded is complete, one prefix decode per frame at a time, and, once the frame shows an image,
 * only when it ends before the frame's last byte lands; the whole frame is decoded the moment its last byte
 * lands, into its place in the slab. All methods run under the load's lock.
 */
final class FrameDecodes {

    private final SeriesLoading load;
    private final DecodeGate gate;
    private final CompleteLevel complete;
    final PrefixTiming timing;

    FrameDecodes(SeriesLoading load) {
        this.load = load;
        this.gate = new DecodeGate(job -> load.services.decoding().submit(job),
                job -> load.services.decoding().withdraw(job));
        this.complete = new CompleteLevel(load);
        this.timing = new PrefixTiming(load);
    }

    /** The bytes of a step stopped arriving (its range ended, or the frame is whole). */
    void bytesEnded(FrameLoad f, PlannedRequest step, String form, FormBytes b) {
        if (b.complete()) {
            decodeWhole(f, step, form, b);
        } else {
            decodePrefix(f, step, form, b, true);
        }
    }

    /** Decodes a form's whole bytes once more (after a decoder timed out or died); false when they are gone. */
    boolean decodeWholeAgain(FrameLoad f, PlannedRequest step, String form) {
        FormBytes b = f.forms.get(form);
        if (b == null || !b.complete()) {
            return false;
        }
        submitWhole(f, step, form, b);
        return true;
    }

    private void decodeWhole(FrameLoad f, PlannedRequest step, String form, FormBytes b) {
        if (f.finalReached || !b.askWholeDecode()) {
            return;
        }
        submitWhole(f, step, form, b);
    }

    private void submitWhole(FrameLoad f, PlannedRequest step, String form, FormBytes b) {
        String ts = b.transferSyntaxUid() != null ? b.transferSyntaxUid() : f.planSyntax;
        if (ts == null) {
            load.delivery.fail(f, Failures.codec(new DecodeException(DecodeException.Kind.UNSUPPORTED, f.key,
                    "neither the response nor the metadata name the transfer syntax of " + form), step.stageId()));
            return;
        }
        EncodedFrame whole = new EncodedFrame(f.key, ts, pixel(f, step), b.data(), b.length(), true);
        boolean rendition = f.instance.renditionAt(FormKeys.framesPath(step.options())) != null;
        // the frame itself, whole: a prefix of it decoded meanwhile could only be worse (taken back while it
        // waits, unless it would show a frame that shows nothing first)
        f.wholeDecoding |= !rendition;
        if (!rendition && !prefixShowsFirst(f, step)) {
            withdrawPrefix(f);
        }
        if (rendition) {
            submit(f, step, form, whole.as(Rendition.REDUCED), 0, true, null, null);
            return;
        }
        // the frame itself, whole, decodes to full size: into its place in the slab, unless that is taken
        PixelBuffer slot = f.claimSlot(load.slabs);
        if (slot != null || !load.placeWait.waitForPlace(f, () -> submit(f, step, form, whole, 0, true,
                f.claimSlot(load.slabs), null))) {
            submit(f, step, form, whole, 0, true, slot, null);
        }
    }

    /**
     * Whether the frame's queued prefix decode stays beside its whole decode: while the frame shows nothing, a
     * prefix ranked before the whole (a volume's coarse level, asked as THUMBNAIL, against the rest of the slice
     * at PREFETCH) shows it long before the whole's turn comes. Taking it back on a fast link left a few slices of
     * a CT blank until the end of the load: their rests landed while their coarse decodes still queued, and their
     * wholes then waited behind every other slice's.
     */
    private boolean prefixShowsFirst(FrameLoad f, PlannedRequest step) {
        DecodeJob prefix = f.prefixJob;
        return prefix != null && f.own == null && prefix.rank() < rank(f, step, true);
    }

    /**
     * A prefix decode still waiting for a decoder could only show a worse image than the whole's, which comes as
     * soon: it never runs.
     */
    private void withdrawPrefix(FrameLoad f) {
        DecodeJob prefix = f.prefixJob;
        if (prefix != null && gate.withdraw(prefix)) {
            ((DecodeDone) prefix.done()).withdrawn();
            f.prefixJob = null;
            f.prefixDecodeReduce = -1;
            f.prefixPending = false;
            f.decodesInFlight--;
        }
    }

    /** Readies what the whole frame's decode writes into, when it will decode into the frame's place. */
    void prepareWholeDecode(FrameLoad f, PlannedRequest step) {
        if (f.instance.renditionAt(FormKeys.framesPath(step.options())) == null) {
            f.prepareSlot(load.slabs);
        }
    }

    /** Decodes a prefix when a level better than any shown or being decoded is complete in it. */
    void decodePrefix(FrameLoad f, PlannedRequest step, String form, FormBytes b, boolean atEnd) {
        String ts = b.transferSyntaxUid();
        if (ts == null || f.finalReached || f.wholeDecoding || !load.services.decoding().decodesPrefixes(ts)) {
            return;
        }
        int reduce = complete.reduce(f, step, b, atEnd);
        if (reduce <= 0 || reduce >= f.ownReduce) {
            return;
        }
        if (f.prefixDecodeReduce >= 0) {
            f.prefixPending |= reduce < f.prefixDecodeReduce;
            return;
        }
        if (f.own != null && !timing.worthBeforeTheEnd(f, step, b, reduce, atEnd)) {
            return;
        }
        f.prefixDecodeReduce = reduce;
        PlacePart part = load.places.lend(f, step, reduce);
        submit(f, step, form, new EncodedFrame(f.key, ts, pixel(f, step), b.data(), b.length(), false), reduce,
                false, part == null ? null : part.buffer, part);
    }

    /** @param part the lent part {@code target} is, or null */
    private void submit(FrameLoad f, PlannedRequest step, String form, EncodedFrame bytes, int reduce, boolean whole,
            PixelBuffer target, PlacePart part) {
        f.decodesInFlight++;
        f.trace.decodeAsked(load.elapsed());
        if (whole) {
            f.finalTrace.wholeAsked(load.elapsed());
        }
        StepRank ranks = load.flow.rank;
        RequestType type = ranks.type(f, step);
        boolean inFront = ranks.inFront(f);
        DecodeJob job = new DecodeJob(load, bytes, reduce, rank(f, step, whole), target, new DecodeDone(load, f, step,
                form, bytes, reduce, whole, target != null && part == null, part));
        if (!whole) {
            f.prefixJob = job;
        }
        gate.submit(job, inFront || type.compareTo(RequestType.PREFETCH) < 0);
    }

    /** Where a decode of the frame's bytes through {@code step} waits among the decodes (lower first). */
    private int rank(FrameLoad f, PlannedRequest step, boolean whole) {
        StepRank ranks = load.flow.rank;
        return DecodeRank.of(ranks.inFront(f), ranks.type(f, step), ranks.priority(f, step), whole,
                load.views.distance(f.index));
    }

    /** The load is cancelled: no decode it holds back will go. */
    void cancelled() {
        gate.clear();
    }

    /** A decode of this load returned (image or failure): held fill-in decodes may go. */
    void decodeReturned(DecodeDone done) {
        gate.returned(done, load.cancelRequested);
    }

    /** What the decoder must find: the instance's pixel module, at the size of a reduced rendition when it is one. */
    static PixelDescriptor pixel(FrameLoad f, PlannedRequest step) {
        PixelDescriptor p = f.instance.pixel();
        ReducedRendition r = f.instance.renditionAt(FormKeys.framesPath(step.options()));
        return r == null ? p : new PixelDescriptor(r.rows(), r.columns(), p.samplesPerPixel(), p.bitsAllocated(),
                p.bitsStored(), p.pixelRepresentation(), p.photometricInterpretation(), p.planarConfiguration());
    }
}
