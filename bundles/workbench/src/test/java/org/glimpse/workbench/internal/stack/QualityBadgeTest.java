package org.glimpse.workbench.internal.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.frame.PixelBuffer;
import org.junit.jupiter.api.Test;

/** What the badge says of each image a 3036-column frame can show while it loads. */
class QualityBadgeTest {

    @Test
    void eachQualityStepIsNamedWithTheSizeItWasDecodedAt() {
        assertEquals("loading", QualityBadge.text(null, 3036));
        assertEquals("replicate · 190×190", QualityBadge.text(frame(190, ImageQualityStatus.FAR_REPLICATE), 3036));
        assertEquals("replicate · 190×190", QualityBadge.text(frame(190, ImageQualityStatus.ADJACENT_REPLICATE), 3036));
        assertEquals("sub-resolution 1/16 · 190×190", QualityBadge.text(frame(190, ImageQualityStatus.SUBRESOLUTION),
                3036));
        assertEquals("sub-resolution 1/2 · 1518×1518", QualityBadge.text(frame(1518,
                ImageQualityStatus.SUBRESOLUTION), 3036));
        assertEquals("lossy · 3036×3036", QualityBadge.text(frame(3036, ImageQualityStatus.LOSSY), 3036));
        assertEquals("full · 3036×3036", QualityBadge.text(frame(3036, ImageQualityStatus.FULL_RESOLUTION), 3036));
    }

    private static DecodedFrame frame(int size, ImageQualityStatus quality) {
        int reduce = Integer.numberOfTrailingZeros(Integer.highestOneBit(Math.max(1, 3036 / size)));
        return new DecodedFrame(new FrameKey("st", "se", "i", 1), size, size, 1, 12, reduce, quality, null,
                new PixelBuffer.Shorts(new short[size * size], false));
    }
}
