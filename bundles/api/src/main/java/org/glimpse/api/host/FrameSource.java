package org.glimpse.api.host;

import java.util.Optional;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;

/** The best image held for a frame right now, implemented by the loader. Never blocks. */
public interface FrameSource {

    /** The best image held for {@code frame} (possibly a neighbour's replicate), or empty. */
    Optional<DecodedFrame> bestFrame(FrameKey frame);
}
