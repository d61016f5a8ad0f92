package org.glimpse.loader.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.glimpse.api.frame.PublishedLevels;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.api.retrieve.RetrieveOptions;
import org.glimpse.api.transport.ByteRange;
import org.junit.jupiter.api.Test;

class StepRangeTest {

    /** A 3036² frame's level ends (190², 380², 759², 1518², 3036² and the 95² base). */
    private static final PublishedLevels DX = new PublishedLevels(1, "/frames/", TransferSyntax.HTJ2K_LOSSLESS_RPCL,
            new long[] {12_000, 39_900, 136_000, 453_000, 1_700_000, 6_900_000});

    private static RetrieveOptions first(Integer decodeLevel, boolean atLevel, boolean byDisplay) {
        return new RetrieveOptions(null, Map.of(), false, 0, 65_536, decodeLevel, null, atLevel, byDisplay);
    }

    private static final RetrieveOptions REST = new RetrieveOptions(null, Map.of(), false, -1, 65_536, null, null,
            false, false);

    @Test
    void aDisplayLevelRangeEndsExactlyWhereThatLevelEnds() {
        StepRange r = StepRange.of(first(null, true, true), 0, -1, DX, 2);
        assertEquals(new ByteRange(0, 452_999), r.range(), "759² is complete at 453 000 bytes");
        assertEquals(2, r.targetReduce());
    }

    @Test
    void aLevelCapDeeperThanTheCodestreamMeansItsLowestLevel() {
        assertEquals(new ByteRange(0, 11_999), StepRange.of(first(9, true, false), 0, -1, DX, 0).range());
    }

    @Test
    void withoutPublishedEndsTheRangeIsCornerstonesChunk() {
        assertEquals(new ByteRange(0, 65_535), StepRange.of(first(2, true, false), 0, -1, null, 0).range());
    }

    @Test
    void theRestStartsAtTheFirstByteNotHeldAndAWholeFrameAsksNoRange() {
        assertEquals(ByteRange.from(453_000), StepRange.of(REST, 453_000, -1, DX, 0).range());
        assertNull(StepRange.of(REST, 0, -1, DX, 0).range(), "nothing held: the whole frame, no Range");
    }

    @Test
    void bytesAlreadyHeldAreNeverAskedAgain() {
        assertTrue(StepRange.of(first(null, true, true), 500_000, -1, DX, 2).nothingToFetch(), "level already held");
        assertTrue(StepRange.of(REST, 6_900_000, 6_900_000, DX, 0).nothingToFetch(), "the whole frame is held");
        assertEquals(ByteRange.from(100), StepRange.of(first(0, true, false), 100, -1, DX, 0).range(),
                "a level at the end of the frame: the rest");
    }
}
