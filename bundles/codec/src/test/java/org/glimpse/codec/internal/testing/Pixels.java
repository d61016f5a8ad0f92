package org.glimpse.codec.internal.testing;

import org.glimpse.api.frame.PixelBuffer;

/** Reads decoded values back as ints for comparisons: the buffer's own range of its array. */
public final class Pixels {
    private Pixels() {
    }

    public static int[] values(PixelBuffer b) {
        int[] v = new int[b.length()];
        if (b instanceof PixelBuffer.Shorts s) {
            for (int i = 0; i < v.length; i++) {
                short x = s.values()[s.offset() + i];
                v[i] = s.signed() ? x : x & 0xFFFF;
            }
            return v;
        }
        PixelBuffer.Bytes y = (PixelBuffer.Bytes) b;
        for (int i = 0; i < v.length; i++) {
            byte x = y.values()[y.offset() + i];
            v[i] = y.signed() ? x : x & 0xFF;
        }
        return v;
    }
}
