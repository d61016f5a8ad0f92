package org.glimpse.codec.internal.service;

import java.util.SplittableRandom;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.fixtures.Encoders;

/**
 * A valid JPEG-LS frame that keeps CharLS busy for about a second: 3072² samples of 12-bit noise, which
 * JPEG-LS cannot compress (no run mode, long Golomb codes).
 */
final class SlowJpegLs {
    static final int SIZE = 3072;
    static final PixelDescriptor PIXEL = new PixelDescriptor(SIZE, SIZE, 1, 16, 12, 0, "MONOCHROME2", 0);

    private SlowJpegLs() {
    }

    static byte[] frame() throws java.io.IOException {
        SplittableRandom r = new SplittableRandom(5);
        int[] v = new int[SIZE * SIZE];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextInt(1 << 12);
        }
        return Encoders.jpegLs(v, SIZE, SIZE, 12, 0);
    }
}
