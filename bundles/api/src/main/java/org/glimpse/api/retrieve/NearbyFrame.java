package org.glimpse.api.retrieve;

import org.glimpse.api.frame.ImageQualityStatus;
import java.util.Objects;

/**
 * A neighbour that may show a stage's image while its own is not loaded: the frame at {@code offset}
 * from the loaded one borrows it with {@code imageQualityStatus}.
 */
public record NearbyFrame(int offset, ImageQualityStatus imageQualityStatus) {
    public NearbyFrame {
        if (offset == 0) {
            throw new IllegalArgumentException("nearbyFrames offset must not be 0 (a frame cannot borrow its own image)");
        }
        Objects.requireNonNull(imageQualityStatus, "imageQualityStatus is null");
        if (imageQualityStatus.value() > ImageQualityStatus.ADJACENT_REPLICATE.value()) {
            throw new IllegalArgumentException("nearbyFrames imageQualityStatus must be a replicate status, was "
                    + imageQualityStatus);
        }
    }
}
