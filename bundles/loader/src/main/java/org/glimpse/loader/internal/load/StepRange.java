package org.glimpse.loader.internal.load;

import org.glimpse.api.frame.PublishedLevels;
import org.glimpse.api.retrieve.RetrieveOptions;
import org.glimpse.api.transport.ByteRange;

/**
 * The bytes a step asks for, given what is held: the whole frame or the rest from the first byte not held,
 * or a first range that ends at {@code chunkSize × (rangeIndex + 1)} (Cornerstone3D) or, for a Glimpse stage
 * that ends ranges at a resolution boundary, exactly where the wanted level ends.
 *
 * @param range the range to ask, or null for the whole frame
 * @param nothingToFetch true when the bytes held already cover the step
 * @param targetReduce the reduce the step is meant to reach, or -1 when it is not limited
 */
record StepRange(ByteRange range, boolean nothingToFetch, int targetReduce) {

    /** Fallback depth when a codestream's decompositions are not known before its bytes (JPEG 2000's default). */
    static final int DEFAULT_DECOMPOSITIONS = 5;

    /**
     * @param held bytes already held of this form
     * @param frameLength the form's whole length when known, else -1
     * @param levels the level ends the server publishes for this form, or null
     * @param displayReduce the reduce that fills the views, used when the stage asks for a display level
     */
    static StepRange of(RetrieveOptions o, long held, long frameLength, PublishedLevels levels, int displayReduce) {
        if (frameLength > 0 && held >= frameLength) {
            return new StepRange(null, true, -1);
        }
        if (o.rangeIndex() == null || o.rangeIndex() < 0) {
            return new StepRange(held > 0 ? ByteRange.from(held) : null, false, -1);
        }
        int target = o.decodeLevelFromDisplay() ? displayReduce : o.decodeLevel() == null ? -1 : o.decodeLevel();
        long end = (long) o.chunkSize() * (o.rangeIndex() + 1);
        if (o.rangeEndsAtResolution() && levels != null) {
            end = target >= 0 ? levels.endOfReduce(Math.min(target, levels.decompositions()))
                    : levelEndWithin(levels, end);
        }
        if (levels != null && end >= levels.length()) {
            return new StepRange(held > 0 ? ByteRange.from(held) : null, false, 0);
        }
        if (end <= held) {
            return new StepRange(null, true, target);
        }
        return new StepRange(new ByteRange(held, end - 1), false, target);
    }

    /** The last level end within {@code limit} bytes, or the first level's end when none fits. */
    private static long levelEndWithin(PublishedLevels levels, long limit) {
        long[] ends = levels.levelEnds();
        long best = ends[0];
        for (long e : ends) {
            if (e <= limit) {
                best = e;
            }
        }
        return best;
    }
}
