package org.glimpse.loader.internal.decode;

import java.util.Objects;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.frame.PixelBuffer;

/**
 * One decode asked for by a load: the bytes, the reduce wanted, where it stands in the queue and where its
 * values go.
 *
 * @param owner the load that asked (cancelling it drops its queued jobs)
 * @param frame the bytes to decode
 * @param reduce resolution levels to discard
 * @param rank queue order, lower first ({@link DecodeRank})
 * @param target the frame's place in its series' slab, or null to decode into an array of the decoded size
 * @param done where the result or the failure goes, on a decode thread
 */
public record DecodeJob(Object owner, EncodedFrame frame, int reduce, int rank, PixelBuffer target,
        DecodeCallback done) {
    public DecodeJob {
        Objects.requireNonNull(owner, "owner is null");
        Objects.requireNonNull(frame, "frame is null");
        Objects.requireNonNull(done, "done is null");
    }
}
