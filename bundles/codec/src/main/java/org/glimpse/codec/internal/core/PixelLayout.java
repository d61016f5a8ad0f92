package org.glimpse.codec.internal.core;

import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;

/** Puts per-component sample planes into the buffer type DICOM BitsAllocated asks for, samples interleaved. */
public final class PixelLayout {

    private PixelLayout() {
    }

    public static PixelBuffer interleave(int[][] planes, int width, int height, PixelDescriptor pixel) {
        int n = width * height;
        int s = planes.length;
        if (pixel.bitsAllocated() <= 8) {
            byte[] out = new byte[n * s];
            for (int c = 0; c < s; c++) {
                int[] p = planes[c];
                for (int i = 0; i < n; i++) {
                    out[i * s + c] = (byte) p[i];
                }
            }
            return new PixelBuffer.Bytes(out, pixel.signed());
        }
        short[] out = new short[n * s];
        for (int c = 0; c < s; c++) {
            int[] p = planes[c];
            for (int i = 0; i < n; i++) {
                out[i * s + c] = (short) p[i];
            }
        }
        return new PixelBuffer.Shorts(out, pixel.signed());
    }
}
