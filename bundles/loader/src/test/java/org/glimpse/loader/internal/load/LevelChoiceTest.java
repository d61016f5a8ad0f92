package org.glimpse.loader.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LevelChoiceTest {

    @Test
    void aRadiographInASmallViewIsFetchedToTheLevelThatStillFillsIt() {
        assertEquals(2, LevelChoice.reduceFor(3036, 3036, 5, 512, 512), "759² fills 512², 380² would not");
        assertEquals(3, LevelChoice.reduceFor(3036, 3036, 5, 380, 380), "380² fills exactly 380²");
        assertEquals(5, LevelChoice.reduceFor(3036, 3036, 5, 40, 40), "never deeper than the codestream's levels");
    }

    @Test
    void aViewAsLargeAsTheImageNeedsFullSize() {
        assertEquals(0, LevelChoice.reduceFor(512, 512, 3, 512, 512));
        assertEquals(0, LevelChoice.reduceFor(512, 512, 3, 4000, 3000), "larger than the image");
        assertEquals(0, LevelChoice.reduceFor(3036, 3036, 5, 2048, 2048), "1518² would be upscaled in 2048²");
    }

    @Test
    void theImageIsFittedIntoTheViewSoTheSmallerScaleCounts() {
        assertEquals(2, LevelChoice.reduceFor(3036, 3036, 5, 2000, 600), "fits 600² of a 2000×600 view");
        assertEquals(1, LevelChoice.reduceFor(1024, 512, 4, 512, 1000), "a wide image in a tall view: 512 wide");
    }

    @Test
    void aRenditionStandsForTheLevelOfItsSize() {
        assertEquals(2, LevelChoice.reduceOfRendition(512, 128), "a quarter-size thumbnail");
        assertEquals(2, LevelChoice.reduceOfRendition(3036, 759));
        assertEquals(0, LevelChoice.reduceOfRendition(512, 512));
    }
}
