package org.glimpse.codec.internal.decoder;

import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.codec.Rendition;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.codec.internal.core.DecodedPixels;

/** Ties decoded pixels to their frame with what they are worth. */
final class Frames {

    private Frames() {
    }

    /**
     * The scale of a reduce is 2^reduce (JPEG 2000 rounds sizes up, so Columns ÷ width is a little less); a
     * server-made rendition's is Columns ÷ width and Rows ÷ height, since it spans the whole field of view.
     */
    static DecodedFrame of(EncodedFrame frame, DecodedPixels p, boolean lossless) {
        boolean rendition = frame.rendition() == Rendition.REDUCED;
        double sx = rendition ? (double) frame.pixel().columns() / p.width() : Math.scalb(1.0, p.reduce());
        double sy = rendition ? (double) frame.pixel().rows() / p.height() : Math.scalb(1.0, p.reduce());
        ImageQualityStatus q = sx > 1 || sy > 1 ? ImageQualityStatus.SUBRESOLUTION
                : lossless ? ImageQualityStatus.FULL_RESOLUTION : ImageQualityStatus.LOSSY;
        return new DecodedFrame(frame.key(), p.width(), p.height(), p.samples(), frame.pixel().bitsStored(),
                p.reduce(), q, null, p.pixels(), sx, sy);
    }
}
