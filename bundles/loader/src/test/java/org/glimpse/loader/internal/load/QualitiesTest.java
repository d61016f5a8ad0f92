package org.glimpse.loader.internal.load;

import static org.glimpse.api.frame.ImageQualityStatus.ADJACENT_REPLICATE;
import static org.glimpse.api.frame.ImageQualityStatus.FULL_RESOLUTION;
import static org.glimpse.api.frame.ImageQualityStatus.LOSSY;
import static org.glimpse.api.frame.ImageQualityStatus.SUBRESOLUTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QualitiesTest {

    @Test
    void anImageNeverReplacesABetterOneNorTheSameLevelAgain() {
        assertTrue(Qualities.better(SUBRESOLUTION, 3, null, Integer.MAX_VALUE), "anything beats nothing");
        assertTrue(Qualities.better(SUBRESOLUTION, 3, ADJACENT_REPLICATE, 2), "own pixels beat a replicate");
        assertTrue(Qualities.better(SUBRESOLUTION, 1, SUBRESOLUTION, 2), "a finer level of the same status");
        assertFalse(Qualities.better(SUBRESOLUTION, 2, SUBRESOLUTION, 2), "never the same level twice");
        assertFalse(Qualities.better(SUBRESOLUTION, 3, SUBRESOLUTION, 2), "never a coarser level");
        assertFalse(Qualities.better(SUBRESOLUTION, 0, LOSSY, 0), "never a lower status");
        assertFalse(Qualities.better(FULL_RESOLUTION, 0, FULL_RESOLUTION, 0), "final stays final");
    }

    @Test
    void reducedOrPartialImagesAreSubresolutionAndAStageMayOnlyLowerTheStatus() {
        assertEquals(SUBRESOLUTION, Qualities.of(FULL_RESOLUTION, 2, true, null), "a reduced image");
        assertEquals(SUBRESOLUTION, Qualities.of(FULL_RESOLUTION, 0, false, null), "a prefix is never final");
        assertEquals(FULL_RESOLUTION, Qualities.of(FULL_RESOLUTION, 0, true, null), "the whole lossless frame");
        assertEquals(LOSSY, Qualities.of(LOSSY, 0, true, FULL_RESOLUTION), "a stage cannot raise a lossy frame");
        assertEquals(SUBRESOLUTION, Qualities.of(FULL_RESOLUTION, 0, true, SUBRESOLUTION), "a declared thumbnail");
    }
}
