package org.glimpse.codec.internal.testing;

import org.glimpse.api.frame.PixelBuffer;

/** Reads decoded values back as ints for comparisons. */
public final class Pixels {
    private Pixels() {
    }

    public static int[] values(PixelBuffer b) {
        if (b instanceof PixelBuffer.Shorts s) {
            int[] v = new int[s.values().length];
            for (int i = 0; i < v.length; i++) {
                v[i] = s.signed() ? s.values()[i] : s.values()[i] & 0xFFFF;
            }
            return v;
        }
        PixelBuffer.Bytes y = (PixelBuffer.Bytes) b;
        int[] v = new int[y.values().length];
        for (int i = 0; i < v.length; i++) {
            v[i] = y.signed() ? y.values()[i] : y.values()[i] & 0xFF;
        }
        return v;
    }
}
