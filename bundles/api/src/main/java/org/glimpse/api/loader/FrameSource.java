package org.glimpse.api.loader;

import java.util.Optional;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.ImageQualityStatus;
import org.osgi.annotation.versioning.ProviderType;

/** The best image held for a frame right now, implemented by the loader. Never blocks. */
@ProviderType
public interface FrameSource {

    /** The best image held for {@code frame} (possibly a neighbour's replicate), or empty. */
    Optional<DecodedFrame> bestFrame(FrameKey frame);

    /**
     * The best image held for {@code frame} if its status is at least {@code minimumStatus}, or empty: a host
     * that builds a reformat from {@code SUBRESOLUTION} frames asks for those and gets no replicates.
     */
    default Optional<DecodedFrame> bestFrame(FrameKey frame, ImageQualityStatus minimumStatus) {
        return bestFrame(frame).filter(f -> f.quality().value() >= minimumStatus.value());
    }
}
