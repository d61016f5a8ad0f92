package org.glimpse.loader.internal.decode;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.glimpse.api.retrieve.RequestType;
import org.junit.jupiter.api.Test;

class DecodeRankTest {

    @Test
    void theFrameInViewDecodesBeforeAnyOther() {
        assertTrue(DecodeRank.of(true, RequestType.COMPUTE, 1000, false, 500)
                < DecodeRank.of(false, RequestType.INTERACTION, -1000, true, 0));
    }

    @Test
    void anEarlierStagesThumbnailDecodesBeforeALaterStagesWholeFrame() {
        // interleaved: quarterThumb (THUMBNAIL, 6) prefixes before quarterFull (THUMBNAIL, 8) whole frames
        assertTrue(DecodeRank.of(false, RequestType.THUMBNAIL, 6, false, 90)
                < DecodeRank.of(false, RequestType.THUMBNAIL, 8, true, 0));
        assertTrue(DecodeRank.of(false, RequestType.THUMBNAIL, 99, false, 90)
                < DecodeRank.of(false, RequestType.PREFETCH, -5, true, 0), "request type first");
    }

    @Test
    void withinAStageWholeFramesGoFirstThenNearerFrames() {
        assertTrue(DecodeRank.of(false, RequestType.INTERACTION, -5, true, 40)
                < DecodeRank.of(false, RequestType.INTERACTION, -5, false, 1), "the final decode at once");
        assertTrue(DecodeRank.of(false, RequestType.INTERACTION, -5, true, 1)
                < DecodeRank.of(false, RequestType.INTERACTION, -5, true, 2));
        assertTrue(DecodeRank.of(false, RequestType.INTERACTION, -5, true, 1_000_000) > 0, "clamped, positive");
    }
}
