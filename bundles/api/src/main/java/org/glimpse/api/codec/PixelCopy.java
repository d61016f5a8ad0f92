package org.glimpse.api.codec;

import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.PixelBuffer;

/** Moves a decoded frame's values into a caller's buffer (the default of the target-taking decode). */
final class PixelCopy {

    private PixelCopy() {
    }

    static DecodedFrame into(DecodedFrame f, PixelBuffer target) {
        PixelBuffer from = f.pixels();
        int n = from.length();
        if (n > target.length()) {
            throw new IllegalArgumentException("decoded " + f.key() + " holds " + f.width() + "×" + f.height() + "×"
                    + f.samplesPerPixel() + " = " + n + " values, the target only " + target.length());
        }
        PixelBuffer to = target.slice(0, n);
        if (from instanceof PixelBuffer.Shorts s && to instanceof PixelBuffer.Shorts d) {
            System.arraycopy(s.values(), s.offset(), d.values(), d.offset(), n);
        } else if (from instanceof PixelBuffer.Bytes s && to instanceof PixelBuffer.Bytes d) {
            System.arraycopy(s.values(), s.offset(), d.values(), d.offset(), n);
        } else {
            throw new IllegalArgumentException("decoded " + f.key() + " as " + from.getClass().getSimpleName()
                    + ", the target holds " + to.getClass().getSimpleName());
        }
        return new DecodedFrame(f.key(), f.width(), f.height(), f.samplesPerPixel(), f.bitsStored(), f.reduce(),
                f.quality(), f.pixelSpacing(), to, f.scaleX(), f.scaleY());
    }
}
