package org.glimpse.workbench.internal.render;

import org.glimpse.api.frame.PixelBuffer;

/** Reads a decoded frame's stored values as ints, whatever their width and sign. */
public final class StoredValues {

    private StoredValues() {
    }

    /**
     * The stored value at index {@code i} of the buffer (samples interleaved; from the buffer's offset in its
     * array), sign-extended when signed.
     */
    public static int at(PixelBuffer pixels, int i) {
        if (pixels instanceof PixelBuffer.Shorts s) {
            short v = s.values()[s.offset() + i];
            return s.signed() ? v : v & 0xFFFF;
        }
        PixelBuffer.Bytes b = (PixelBuffer.Bytes) pixels;
        byte v = b.values()[b.offset() + i];
        return b.signed() ? v : v & 0xFF;
    }

    /** Smallest and largest stored value of the buffer, as {min, max}. */
    public static int[] range(PixelBuffer pixels) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0, n = pixels.length(); i < n; i++) {
            int v = at(pixels, i);
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new int[] {min, max};
    }
}
