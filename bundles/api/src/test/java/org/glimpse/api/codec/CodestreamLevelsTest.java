package org.glimpse.api.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CodestreamLevelsTest {

    @Test
    void sizesAtEachReduceRoundUpAsJpeg2000Does() {
        CodestreamLevels levels = new CodestreamLevels(3036, 3036, 6, new long[] {900, 2_000, 8_000, 40_000,
                136_000, 453_000, 1_700_000}, 2);
        assertEquals(3036, levels.widthAt(0));
        assertEquals(1518, levels.widthAt(1));
        assertEquals(759, levels.widthAt(2));
        assertEquals(380, levels.widthAt(3), "ceil(3036 / 8)");
        assertEquals(190, levels.heightAt(4), "ceil(3036 / 16)");
        assertEquals(48, levels.widthAt(6), "ceil(3036 / 64)");
    }

    @Test
    void endOfReduceCountsLevelsFromTheLowestBand() {
        CodestreamLevels levels = new CodestreamLevels(512, 512, 3, new long[] {100, 400, 1_600, 6_400}, 0);
        assertEquals(6_400, levels.endOfReduce(0), "full size is the highest level");
        assertEquals(100, levels.endOfReduce(3), "reduce 3 is the LL band");
    }

    @Test
    void levelEndsMustCoverEveryLevel() {
        assertThrows(IllegalArgumentException.class, () -> new CodestreamLevels(8, 8, 3, new long[] {1, 2}, -1));
        assertThrows(IllegalArgumentException.class, () -> new CodestreamLevels(8, 8, 1, new long[] {1, 2}, 2));
    }

    @Test
    void levelEndsAreCopiedNotShared() {
        long[] ends = {1, 2};
        CodestreamLevels levels = new CodestreamLevels(8, 8, 1, ends, 0);
        ends[0] = 99;
        levels.levelEnds()[1] = 99;
        assertEquals(1, levels.endOfReduce(1));
        assertEquals(2, levels.endOfReduce(0));
    }
}
