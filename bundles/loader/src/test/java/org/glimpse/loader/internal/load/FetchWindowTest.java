package org.glimpse.loader.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.glimpse.api.frame.FrameKey;
import org.junit.jupiter.api.Test;

class FetchWindowTest {

    private static final long MB = 1L << 20;

    /** Ranks frames by their distance from frame 5, as if 5 were in view. */
    private static FetchWindow window(int decoders) {
        return new FetchWindow(() -> decoders, f -> new FetchWindow.Rank(0, 0, Math.abs(f.index - 5)));
    }

    private static FrameLoad frame(int index) {
        return new FrameLoad(index, new FrameKey("st", "se", "sop" + index, 1), null);
    }

    @Test
    void theLimitIsFiftyMillisecondsOfTheDecodersMeasuredRateWithinItsBounds() {
        FetchWindow w = window(2);
        assertEquals(FetchWindow.MIN_BYTES, w.limit(), "before any decode returned");
        w.decoded(20 * MB, 400);
        assertEquals(5 * MB, w.limit(), "20 MB in 0.4 s on each of 2 decoders: 100 MB/s, 50 ms of it");
        w.decoded(200 * MB, 100);
        assertEquals(FetchWindow.MAX_BYTES, w.limit(), "a fast decoder never lets the window hold more than the ceiling");
        FetchWindow slow = window(1);
        slow.decoded(MB, 1_000);
        assertEquals(FetchWindow.MIN_BYTES, slow.limit(), "a slow decoder keeps the floor");
    }

    @Test
    void aFillInWaitsWhileTheBytesNotYetDecodedReachTheLimitAndGoesWhenADecodeReleasesThem() {
        FetchWindow w = window(2);
        FrameLoad a = frame(1);
        FrameLoad b = frame(2);
        FrameLoad c = frame(3);
        assertTrue(w.admit(a, 5 * MB / 2));
        assertTrue(w.admit(b, 5 * MB / 2), "admitted while anything is under the limit, even if it goes over");
        assertFalse(w.admit(c, MB), "5 MB not yet decoded: over the 4 MB limit");
        w.hold(c);
        assertNull(w.next(), "no room yet");
        w.release(a);
        assertSame(c, w.next(), "a decode released 2.5 MB: the held one goes");
        assertEquals(0, w.waiting());
        assertEquals(5 * MB / 2, w.charged());
    }

    @Test
    void roomADecodeFreedGoesToTheWaitingFrameThatRanksFirstNotToAStepAskedMeanwhile() {
        FetchWindow w = window(2);
        FrameLoad a = frame(1);
        FrameLoad b = frame(2);
        FrameLoad near = frame(4);
        FrameLoad far = frame(9);
        assertTrue(w.admit(a, 2 * MB));
        assertTrue(w.admit(b, 3 * MB));
        assertFalse(w.admit(near, MB), "5 MB not yet decoded: over the 4 MB limit");
        w.hold(near);
        w.release(a);
        assertFalse(w.admit(far, MB), "a step asked after a decode freed room waits behind the nearer one held");
        w.hold(far);
        assertSame(near, w.next(), "the nearer one goes first");
        assertTrue(w.admit(near, MB), "and is admitted: it was the first of those waiting");
        assertNull(w.next(), "4 MB not yet decoded: no room");
        w.release(b);
        assertSame(far, w.next(), "then the farther one, once there is room");
        assertTrue(w.admit(far, MB));
        assertTrue(w.admit(frame(5), MB), "nothing waits: a step goes while there is room");
    }

    @Test
    void aFrameLargerThanTheLimitIsStillFetchedAloneAndAResponseCorrectsTheEstimate() {
        FetchWindow w = window(2);
        FrameLoad big = frame(1);
        assertTrue(w.admit(big, 7 * MB), "nothing under way: a 7 MB frame goes, over the 4 MB limit");
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
    void heldFillInsGoNearestTheViewFirstAndAFrameWantedAtOnceLeavesTheWindow() {
        FetchWindow w = window(2);
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
        assertSame(near, w.next(), "4 is nearer 5 than 9");
        assertSame(far, w.next());
        assertNull(w.next());
        w.admit(frame(1), MB);
        w.hold(far);
        w.clear();
        assertEquals(0, w.charged(), "a cancelled load holds nothing");
        assertEquals(0, w.waiting());
    }

    @Test
    void heldFramesAreRankedAgainWhenTheViewMovesKeepingTheirOrderAmongEquals() {
        int[] view = {5};
        FetchWindow w = new FetchWindow(() -> 2, f -> new FetchWindow.Rank(0, 0, Math.abs(f.index - view[0])));
        FrameLoad three = frame(3);
        FrameLoad seven = frame(7);
        FrameLoad twenty = frame(20);
        w.hold(seven);
        w.hold(three);
        w.hold(twenty);
        view[0] = 19;
        w.rerank();
        assertSame(twenty, w.next(), "the view moved to 19");
        view[0] = 5;
        w.rerank();
        assertSame(seven, w.next(), "3 and 7 are as near 5: the one held first goes first");
        assertSame(three, w.next());
    }
}
