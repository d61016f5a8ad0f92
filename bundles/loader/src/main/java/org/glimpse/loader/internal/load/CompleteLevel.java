package org.glimpse.loader.internal.load;

import org.glimpse.api.codec.CodestreamLevels;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.frame.PublishedLevels;
import org.glimpse.api.retrieve.PlannedRequest;

/**
 * The finest resolution level complete in a frame's bytes held: from the level ends the server publishes, else
 * from the codec's inspector, asked again only once {@link #INSPECT_STEP} more bytes (or a quarter more) came or
 * the bytes stopped. Under the load's lock.
 */
final class CompleteLevel {

    private static final int INSPECT_STEP = 16_384;
    private final SeriesLoading load;

    CompleteLevel(SeriesLoading load) {
        this.load = load;
    }

    /** The smallest reduce complete in the bytes held (0 only with the whole frame), or -1. */
    int reduce(FrameLoad f, PlannedRequest step, FormBytes b, boolean atEnd) {
        PublishedLevels levels = f.instance.levelsOf(f.key.frameNumber(), FormKeys.framesPath(step.options()),
                b.transferSyntaxUid());
        int reduce;
        int deepest;
        if (levels != null) {
            reduce = -1;
            deepest = levels.decompositions();
            for (int r = deepest; r >= 1; r--) {
                if (levels.endOfReduce(r) <= b.length()) {
                    reduce = r;
                }
            }
        } else {
            reduce = inspect(f, step, b, atEnd);
            deepest = Math.max(reduce, b.inspectedDecompositions());
        }
        Integer cap = step.options().decodeLevel();
        // a stage's level cap deeper than the codestream's levels means its lowest level
        return reduce > 0 && cap != null ? Math.max(reduce, Math.min(cap, deepest)) : reduce;
    }

    private int inspect(FrameLoad f, PlannedRequest step, FormBytes b, boolean atEnd) {
        int last = b.inspectedAt();
        if (!atEnd && last >= 0 && b.length() - last < Math.max(INSPECT_STEP, last / 4)) {
            return b.inspectedReduce(last);
        }
        try {
            CodestreamLevels found = load.services.decoding().inspect(new EncodedFrame(f.key, b.transferSyntaxUid(),
                    FrameDecodes.pixel(f, step), b.data(), b.length(), false));
            b.inspected(b.length(), found.completeReduce(), found.decompositions());
        } catch (DecodeException e) {
            b.inspected(b.length(), -1, 0);
        }
        return b.inspectedReduce(b.length());
    }
}
