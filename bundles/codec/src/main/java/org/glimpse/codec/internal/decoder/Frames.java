package org.glimpse.codec.internal.decoder;

import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.codec.internal.core.DecodedPixels;

/** Ties decoded pixels to their frame with what they are worth. */
final class Frames {

    private Frames() {
    }

    static DecodedFrame of(EncodedFrame frame, DecodedPixels p, boolean lossless) {
        ImageQualityStatus q = p.reduce() > 0 ? ImageQualityStatus.SUBRESOLUTION
                : lossless ? ImageQualityStatus.FULL_RESOLUTION : ImageQualityStatus.LOSSY;
        return new DecodedFrame(frame.key(), p.width(), p.height(), p.samples(), frame.pixel().bitsStored(),
                p.reduce(), q, null, p.pixels());
    }
}
