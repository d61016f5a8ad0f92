package org.glimpse.loader.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.loader.internal.decode.DecodeCallback;
import org.glimpse.loader.internal.decode.DecodeJob;
import org.junit.jupiter.api.Test;

class DecodeGateTest {

    private final List<String> submitted = new ArrayList<>();
    /** The decoders' queue: what was handed over and has not started (a job taken back leaves it). */
    private final DecodeGate gate = new DecodeGate(job -> submitted.add(job.frame().key().sopInstanceUid()),
            job -> submitted.remove(job.frame().key().sopInstanceUid()));

    private static DecodeJob job(String name) {
        EncodedFrame bytes = new EncodedFrame(new FrameKey("st", "se", name, 1), "1.2.840.10008.1.2.1",
                new PixelDescriptor(1, 1, 1, 16, 12, 0, "MONOCHROME2", 0), new byte[2], 2, true);
        return new DecodeJob(name, bytes, 0, 0, null, new DecodeCallback() {
            @Override
            public void decoded(DecodedFrame frame, double queueMillis, double decodeMillis) {
            }

            @Override
            public void failed(DecodeException failure) {
            }
        });
    }

    @Test
    void fillInDecodesWaitUntilNoFirstLookIsOut() {
        DecodeJob coarseA = job("coarse-a");
        DecodeJob coarseB = job("coarse-b");
        gate.submit(coarseA, true);
        gate.submit(job("whole-1"), false);
        gate.submit(coarseB, true);
        gate.submit(job("whole-2"), false);
        assertEquals(List.of("coarse-a", "coarse-b"), submitted, "first looks go at once, fill-ins are held");
        assertEquals(2, gate.held());
        gate.returned(coarseA.done(), false);
        assertEquals(2, submitted.size(), "one first look is still out");
        gate.returned(coarseB.done(), false);
        assertEquals(List.of("coarse-a", "coarse-b", "whole-1", "whole-2"), submitted, "then the fill-ins, in order");
        gate.submit(job("whole-3"), false);
        assertEquals("whole-3", submitted.get(4), "with no first look out, a fill-in goes at once");
    }

    @Test
    void aCancelledLoadReleasesNothing() {
        DecodeJob coarse = job("coarse");
        gate.submit(coarse, true);
        gate.submit(job("whole"), false);
        gate.returned(coarse.done(), true);
        assertEquals(List.of("coarse"), submitted);
    }

    @Test
    void aFirstLookTakenBackBeforeItStartsNoLongerHoldsTheFillIns() {
        DecodeJob prefix = job("prefix");
        gate.submit(prefix, true);
        gate.submit(job("whole-other"), false);
        assertEquals(List.of("prefix"), submitted);
        assertEquals(true, gate.withdraw(prefix), "waiting in the decoders: taken back");
        assertEquals(List.of("whole-other"), submitted, "the prefix never runs; the held fill-in goes");
    }

    @Test
    void aHeldJobTakenBackNeverGoes() {
        DecodeJob coarse = job("coarse");
        DecodeJob fill = job("fill");
        gate.submit(coarse, true);
        gate.submit(fill, false);
        assertEquals(true, gate.withdraw(fill));
        gate.returned(coarse.done(), false);
        assertEquals(List.of("coarse"), submitted);
        assertEquals(0, gate.held());
    }

    @Test
    void aJobTheDecodersStartedIsNotTakenBack() {
        DecodeJob running = job("running");
        gate.submit(running, true);
        submitted.clear();
        assertEquals(false, gate.withdraw(running), "started: it runs its course");
    }

    @Test
    void aCancelledLoadsGateHoldsNoJob() {
        gate.submit(job("coarse"), true);
        gate.submit(job("whole"), false);
        gate.clear();
        assertEquals(0, gate.held(), "a held job holds its target, a place in the series' slab");
    }
}
