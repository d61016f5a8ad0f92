package org.glimpse.loader.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import org.glimpse.api.frame.FrameKey;
import org.junit.jupiter.api.Test;

class FetchWindowTest {

    private static final long MB = 1L << 20;

    private static FrameLoad frame(int index) {
        return new FrameLoad(index, new FrameKey("st", "se", "sop" + index, 1), null);
    }

    @Test
    void theLimitIsATenthOfASecondOfTheDecodersMeasuredRateWithinItsBounds() {
        FetchWindow w = new FetchWindow(() -> 2);
        assertEquals(FetchWindow.MIN_BYTES, w.limit(), "before any decode returned");
        w.decoded(20 * MB, 400);
        assertEquals(10 * MB, w.limit(), "20 MB in 0.4 s on each of 2 decoders: 100 MB/s, a tenth of a second");
        w.decoded(100 * MB, 100);
        assertEquals(FetchWindow.MAX_BYTES, w.limit(), "a fast decoder never lets the window hold more than the ceiling");
        FetchWindow slow = new FetchWindow(() -> 1);
        slow.decoded(MB, 1_000);
        assertEquals(FetchWindow.MIN_BYTES, slow.limit(), "a slow decoder keeps the floor");
    }

    @Test
    void aFillInWaitsWhileTheBytesNotYetDecodedReachTheLimitAndGoesWhenADecodeReleasesThem() {
        FetchWindow w = new FetchWindow(() -> 2);
        FrameLoad a = frame(1);
        FrameLoad b = frame(2);
        FrameLoad c = frame(3);
        assertTrue(w.admit(a, MB + MB / 2));
        assertTrue(w.admit(b, MB + MB / 2), "admitted while anything is under the limit, even if it goes over");
        assertFalse(w.admit(c, MB), "3 MB not yet decoded: over the 2 MB limit");
        w.hold(c);
        assertNull(w.next(Comparator.comparingInt(f -> f.index)), "no room yet");
        w.release(a);
        assertSame(c, w.next(Comparator.comparingInt(f -> f.index)), "a decode released 1.5 MB: the held one goes");
        assertEquals(0, w.waiting());
        assertEquals(MB + MB / 2, w.charged());
    }

    @Test
    void aFrameLargerThanTheLimitIsStillFetchedAloneAndAResponseCorrectsTheEstimate() {
        FetchWindow w = new FetchWindow(() -> 2);
        FrameLoad big = frame(1);
        assertTrue(w.admit(big, 7 * MB), "nothing under way: a 7 MB frame goes, over the 2 MB limit");
        assertFalse(w.admit(frame(2), 1), "and nothing else beside it");
        w.recount(big, MB);
        assertEquals(MB, w.charged(), "its response said 1 MB");
        w.recount(frame(3), 5 * MB);
        assertEquals(MB, w.charged(), "a frame that was never admitted counts nothing");
        w.release(big);
        w.release(big);
        assertEquals(0, w.charged(), "released once");
    }

    @Test
    void heldFillInsGoInTheGivenOrderAndAFrameWantedAtOnceLeavesTheWindow() {
        FetchWindow w = new FetchWindow(() -> 2);
        FrameLoad far = frame(9);
        FrameLoad near = frame(4);
        FrameLoad inView = frame(6);
        w.hold(far);
        w.hold(near);
        w.hold(inView);
        w.hold(near);
        assertEquals(3, w.waiting(), "held once");
        assertTrue(w.unhold(inView), "it came into view");
        assertFalse(w.unhold(inView));
        Comparator<FrameLoad> byDistanceFrom5 = Comparator.comparingInt(f -> Math.abs(f.index - 5));
        assertSame(near, w.next(byDistanceFrom5));
        assertSame(far, w.next(byDistanceFrom5));
        assertNull(w.next(byDistanceFrom5));
        w.admit(frame(1), MB);
        w.hold(far);
        w.clear();
        assertEquals(0, w.charged(), "a cancelled load holds nothing");
        assertEquals(0, w.waiting());
    }
}
