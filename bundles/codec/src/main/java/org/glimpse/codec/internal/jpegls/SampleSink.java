package org.glimpse.codec.internal.jpegls;

import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;

/**
 * Puts decoded lines into the caller's buffer range as DICOM lays out stored values: row by row, samples
 * interleaved, 8 or 16 bits as BitsAllocated says. Unsigned values are written as decoded (P bits), as CharLS
 * gives them; signed ones (PixelRepresentation 1) are sign-extended from BitsStored, as the other codecs'
 * values are ({@code raw.StoredValues}): JPEG-LS codes the P-bit two's complement pattern as an unsigned sample.
 */
final class SampleSink {
    private final byte[] bytes;
    private final short[] shorts;
    private final int offset;
    private final int width;
    private final int samples;
    /** 32 − BitsStored for signed values, else 0: {@code v << shift >> shift} sign-extends. */
    private final int shift;

    SampleSink(PixelBuffer out, int width, int samples, PixelDescriptor pixel) {
        this.bytes = out instanceof PixelBuffer.Bytes b ? b.values() : null;
        this.shorts = out instanceof PixelBuffer.Shorts s ? s.values() : null;
        this.offset = out.offset();
        this.width = width;
        this.samples = samples;
        this.shift = pixel.signed() ? 32 - pixel.bitsStored() : 0;
    }

    /** Writes component {@code c} of row {@code y} from a line whose column x is at x + 1. */
    void line(int[] line, int y, int c) {
        int at = offset + y * width * samples + c;
        int s = samples;
        int w = width;
        int e = shift;
        if (shorts != null) {
            short[] o = shorts;
            if (s == 1 && e == 0) {
                for (int x = 0; x < w; x++) {
                    o[at + x] = (short) line[x + 1];
                }
            } else if (s == 1) {
                for (int x = 0; x < w; x++) {
                    o[at + x] = (short) (line[x + 1] << e >> e);
                }
            } else {
                for (int x = 0; x < w; x++) {
                    o[at + x * s] = (short) (line[x + 1] << e >> e);
                }
            }
        } else {
            byte[] o = bytes;
            for (int x = 0; x < w; x++) {
                o[at + x * s] = (byte) (line[x + 1] << e >> e);
            }
        }
    }
}
