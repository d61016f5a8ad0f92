package org.glimpse.loader.internal.load;

import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.fixtures.OneSyntaxDecoder;

/** A decoder of a test's own progressive syntax: always available, decodes prefixes; each test decides the rest. */
abstract class ProgressiveTestDecoder extends OneSyntaxDecoder {

    ProgressiveTestDecoder(String name, String transferSyntaxUid) {
        super(name, transferSyntaxUid, true);
    }

    /** A blank square image of the frame's columns at {@code reduce}: full resolution at 0, else a sub-resolution. */
    static DecodedFrame blank(EncodedFrame frame, int reduce) {
        int side = Math.max(1, frame.pixel().columns() >> reduce);
        return new DecodedFrame(frame.key(), side, side, 1, 12, reduce,
                reduce == 0 ? ImageQualityStatus.FULL_RESOLUTION : ImageQualityStatus.SUBRESOLUTION,
                null, new PixelBuffer.Shorts(new short[side * side], false), 1 << reduce, 1 << reduce);
    }
}
