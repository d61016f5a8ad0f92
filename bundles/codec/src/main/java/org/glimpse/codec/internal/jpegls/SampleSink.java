package org.glimpse.codec.internal.jpegls;

import org.glimpse.api.frame.PixelBuffer;

/**
 * Puts decoded lines into the caller's buffer range as DICOM lays out stored values: row by row, samples
 * interleaved, 8 or 16 bits as BitsAllocated says. Values are written as decoded (P bits), as CharLS gives them.
 */
final class SampleSink {
    private final byte[] bytes;
    private final short[] shorts;
    private final int offset;
    private final int width;
    private final int samples;

    SampleSink(PixelBuffer out, int width, int samples) {
        this.bytes = out instanceof PixelBuffer.Bytes b ? b.values() : null;
        this.shorts = out instanceof PixelBuffer.Shorts s ? s.values() : null;
        this.offset = out.offset();
        this.width = width;
        this.samples = samples;
    }

    /** Writes component {@code c} of row {@code y} from a line whose column x is at x + 1. */
    void line(int[] line, int y, int c) {
        int at = offset + y * width * samples + c;
        int s = samples;
        int w = width;
        if (shorts != null) {
            short[] o = shorts;
            if (s == 1) {
                for (int x = 0; x < w; x++) {
                    o[at + x] = (short) line[x + 1];
                }
            } else {
                for (int x = 0; x < w; x++) {
                    o[at + x * s] = (short) line[x + 1];
                }
            }
        } else {
            byte[] o = bytes;
            for (int x = 0; x < w; x++) {
                o[at + x * s] = (byte) line[x + 1];
            }
        }
    }
}
