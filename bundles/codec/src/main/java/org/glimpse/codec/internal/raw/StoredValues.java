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
        return into(samples, pixel, PixelBuffer.allocate(pixel, samples.length));
    }

    /**
     * As {@link #of}, into the start of {@code target} (a caller's range), or a new buffer when it is null.
     *
     * @throws IllegalArgumentException when the samples do not fit {@code target} or its type (nothing written)
     */
    public static PixelBuffer into(int[] samples, PixelDescriptor pixel, PixelBuffer target) {
        if (target == null) {
            return of(samples, pixel);
        }
        if (samples.length > target.length()) {
            throw new IllegalArgumentException("decoded " + samples.length + " values, the target holds only "
                    + target.length());
        }
        if (pixel.bitsAllocated() <= 8 != target instanceof PixelBuffer.Bytes) {
            throw new IllegalArgumentException("BitsAllocated " + pixel.bitsAllocated() + " values cannot go into a "
                    + target.getClass().getSimpleName() + " target");
        }
        int bits = pixel.bitsStored();
        int mask = bits >= 32 ? -1 : (1 << bits) - 1;
        int shift = pixel.signed() ? 32 - bits : 0;
        PixelBuffer to = target.slice(0, samples.length);
        if (to instanceof PixelBuffer.Bytes b) {
            byte[] out = b.values();
            int at = b.offset();
            for (int i = 0; i < samples.length; i++) {
                out[at + i] = (byte) ((samples[i] & mask) << shift >> shift);
            }
        } else if (to instanceof PixelBuffer.Shorts h) {
            short[] out = h.values();
            int at = h.offset();
            for (int i = 0; i < samples.length; i++) {
                out[at + i] = (short) ((samples[i] & mask) << shift >> shift);
            }
        }
        return to;
    }

    /**
     * Sign-extends signed values (PixelRepresentation 1) from BitsStored in place, for a codec that gives the
     * BitsStored-bit pattern as an unsigned sample (JPEG-LS); unsigned values are left as they are.
     */
    public static void signExtend(PixelBuffer values, PixelDescriptor pixel) {
        if (!pixel.signed()) {
            return;
        }
        int shift = 32 - pixel.bitsStored();
        int end = values.offset() + values.length();
        if (values instanceof PixelBuffer.Shorts h) {
            short[] v = h.values();
            for (int i = h.offset(); i < end; i++) {
                v[i] = (short) (v[i] << shift >> shift);
            }
        } else if (values instanceof PixelBuffer.Bytes b) {
            byte[] v = b.values();
            for (int i = b.offset(); i < end; i++) {
                v[i] = (byte) (v[i] << shift >> shift);
            }
        }
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
