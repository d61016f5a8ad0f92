package org.glimpse.api.frame;

import java.util.Objects;

/**
 * How the load of a series ended. Every load ends with exactly one outcome, also when its metadata could
 * not be read.
 *
 * @param kind how it ended
 * @param failure the first failure (of the metadata, the configuration or a frame) when FAILED, else null
 * @param framesFinal frames holding their final image
 * @param framesFailed frames marked failed
 * @param framesTotal frames of the series (0 when the metadata could not be read)
 */
public record LoadOutcome(Kind kind, FrameFailure failure, int framesFinal, int framesFailed, int framesTotal) {

    /** How a load ended. */
    public enum Kind {
        /** Every frame holds its final image. */
        FINISHED,
        /** The load was cancelled (the series closed); what was delivered stays with the host. */
        CANCELLED,
        /** The metadata could not be read, or at least one frame failed; the rest loaded. */
        FAILED
    }

    public LoadOutcome {
        Objects.requireNonNull(kind, "kind is null");
        if (kind == Kind.FAILED && failure == null) {
            throw new IllegalArgumentException("a FAILED outcome carries its failure");
        }
        if (framesFinal < 0 || framesFailed < 0 || framesFinal + framesFailed > framesTotal) {
            throw new IllegalArgumentException("frame counts must be ≥ 0 and at most the total, were final "
                    + framesFinal + ", failed " + framesFailed + " of " + framesTotal);
        }
    }
}
