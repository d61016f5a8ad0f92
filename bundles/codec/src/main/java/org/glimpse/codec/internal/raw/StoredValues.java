package org.glimpse.codec.internal.raw;

import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;

/**
 * Turns raw samples into stored values as PS3.5 8.1.1 says: only the BitsStored low bits count (bits above
 * may hold overlays or garbage), sign-extended when PixelRepresentation is 1.
 */
public final class StoredValues {

    private StoredValues() {
    }

    public static PixelBuffer of(int[] samples, PixelDescriptor pixel) {
        int bits = pixel.bitsStored();
        int mask = bits >= 32 ? -1 : (1 << bits) - 1;
        int shift = 32 - bits;
        boolean signed = pixel.signed();
        if (pixel.bitsAllocated() == 8) {
            byte[] out = new byte[samples.length];
            for (int i = 0; i < out.length; i++) {
                int v = samples[i] & mask;
                out[i] = (byte) (signed ? (v << shift) >> shift : v);
            }
            return new PixelBuffer.Bytes(out, signed);
        }
        short[] out = new short[samples.length];
        for (int i = 0; i < out.length; i++) {
            int v = samples[i] & mask;
            out[i] = (short) (signed ? (v << shift) >> shift : v);
        }
        return new PixelBuffer.Shorts(out, signed);
    }

    /** Planar configuration 1 (RRR…GGG…BBB…) to interleaved (RGB RGB …). */
    static int[] interleave(int[] planar, int pixels, int samples) {
        int[] out = new int[planar.length];
        for (int s = 0; s < samples; s++) {
            for (int i = 0; i < pixels; i++) {
                out[i * samples + s] = planar[s * pixels + i];
            }
        }
        return out;
    }
}
