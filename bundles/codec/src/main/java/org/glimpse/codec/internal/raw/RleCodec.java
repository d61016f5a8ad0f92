package org.glimpse.codec.internal.raw;

import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.codec.internal.core.Cancellation;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedPixels;

/**
 * RLE Lossless (PS3.5 Annex G): a 64-byte header of segment offsets, one PackBits segment per byte plane,
 * most significant byte plane first for each sample.
 */
public final class RleCodec {

    private RleCodec() {
    }

    public static DecodedPixels decode(byte[] data, int length, PixelDescriptor pixel) throws CodecException {
        return decode(data, length, pixel, null, Cancellation.NONE);
    }

    /**
     * Into {@code target} (a new buffer when null), asking {@code cancel} before each line of Columns bytes that
     * a segment unpacks to (at the first packet that starts in it: lines narrower than a packet may share one).
     */
    private static DecodedPixels decode(byte[] data, int length, PixelDescriptor pixel, PixelBuffer target,
            Cancellation cancel) throws CodecException {
        int bytes = UncompressedCodec.bytesPerSample(pixel);
        int spp = pixel.samplesPerPixel();
        int segments = bytes * spp;
        if (length < 64) {
            throw new CodecException(Kind.INCOMPLETE, "RLE frame of " + length + " bytes has no complete 64-byte header");
        }
        long count = u32(data, 0);
        if (count != segments) {
            throw new CodecException(Kind.MALFORMED, "RLE header announces " + count + " segments, SamplesPerPixel "
                    + spp + " × BitsAllocated " + pixel.bitsAllocated() + " needs " + segments);
        }
        int pixels = pixel.rows() * pixel.columns();
        int[] samples = new int[pixels * spp];
        for (int s = 0; s < segments; s++) {
            long start = u32(data, 4 + 4 * s);
            long end = s + 1 < segments ? u32(data, 8 + 4 * s) : length;
            if (start < 64 || start > end || end > length) {
                throw new CodecException(start > length || end > length ? Kind.INCOMPLETE : Kind.MALFORMED,
                        "RLE segment " + s + " spans bytes [" + start + ", " + end + ") of a " + length
                        + "-byte frame");
            }
            byte[] plane = unpack(data, (int) start, (int) end, pixels, s, new Lines(cancel, pixel.columns(),
                    s * pixel.rows(), segments * pixel.rows()));
            int sample = s / bytes;
            int shift = 8 * (bytes - 1 - s % bytes);
            for (int i = 0; i < pixels; i++) {
                samples[sample * pixels + i] |= (plane[i] & 0xFF) << shift;
            }
        }
        int[] ordered = spp > 1 ? StoredValues.interleave(samples, pixels, spp) : samples;
        return new DecodedPixels(pixel.columns(), pixel.rows(), spp, 0, StoredValues.into(ordered, pixel, target));
    }

    /**
     * A server-reduced rendition ({@code reduced}) is as many pixels as its first segment decodes to, at the
     * frame's aspect ({@link ReducedSize}).
     */
    public static DecodedPixels decode(byte[] data, int length, PixelDescriptor pixel, boolean reduced)
            throws CodecException {
        return decode(data, length, pixel, reduced, null, Cancellation.NONE);
    }

    /** As {@link #decode(byte[], int, PixelDescriptor, boolean)}, into {@code target}, asking {@code cancel}. */
    public static DecodedPixels decode(byte[] data, int length, PixelDescriptor pixel, boolean reduced,
            PixelBuffer target, Cancellation cancel) throws CodecException {
        if (!reduced) {
            return decode(data, length, pixel, target, cancel);
        }
        if (length < 64) {
            throw new CodecException(Kind.INCOMPLETE, "RLE frame of " + length + " bytes has no complete 64-byte header");
        }
        long start = u32(data, 4);
        long end = u32(data, 0) > 1 ? u32(data, 8) : length;
        if (start < 64 || start > end || end > length) {
            throw new CodecException(Kind.MALFORMED, "RLE segment 0 spans bytes [" + start + ", " + end + ") of a "
                    + length + "-byte frame");
        }
        long pixels = unpackedLength(data, (int) start, (int) end, (long) pixel.rows() * pixel.columns() + 1);
        return decode(data, length, ReducedSize.of(pixels, pixel, "RLE rendition of " + length + " bytes"), target,
                cancel);
    }

    /** How many bytes a PackBits segment decodes to, counting no further than {@code limit}. */
    private static long unpackedLength(byte[] data, int start, int end, long limit) {
        long o = 0;
        int i = start;
        while (o < limit && i < end) {
            int n = data[i++];
            if (n >= 0) {
                o += Math.min(n + 1, end - i);
                i += n + 1;
            } else if (n != -128 && i < end) {
                o += 1 - n;
                i++;
            }
        }
        return o;
    }

    /** PackBits: n in [0,127] copies n+1 bytes, n in [-127,-1] repeats the next byte 1-n times, -128 is a no-op. */
    private static byte[] unpack(byte[] data, int start, int end, int size, int segment, Lines lines)
            throws CodecException {
        byte[] out = new byte[size];
        int o = 0;
        int i = start;
        int nextLine = 0;
        while (o < size && i < end) {
            if (o >= nextLine) {
                nextLine = lines.check(o);
            }
            int n = data[i++];
            if (n >= 0) {
                int run = Math.min(n + 1, Math.min(end - i, size - o));
                System.arraycopy(data, i, out, o, run);
                i += n + 1;
                o += run;
            } else if (n != -128 && i < end) {
                int run = Math.min(1 - n, size - o);
                java.util.Arrays.fill(out, o, o + run, data[i++]);
                o += run;
            }
        }
        if (o < size) {
            throw new CodecException(Kind.MALFORMED, "RLE segment " + segment + " decoded " + o + " of " + size
                    + " bytes");
        }
        return out;
    }

    /** The cancel check of one segment's lines: {@code before} lines of earlier segments, {@code total} in all. */
    private record Lines(Cancellation cancel, int width, int before, int total) {
        /** Asks before the line that output offset {@code o} is in; returns where the next line starts. */
        int check(int o) {
            int line = o / width;
            cancel.check("RLE", "segment lines", before + line, total);
            return (line + 1) * width;
        }
    }

    private static long u32(byte[] d, int at) {
        return (d[at] & 0xFFL) | (d[at + 1] & 0xFFL) << 8 | (d[at + 2] & 0xFFL) << 16 | (d[at + 3] & 0xFFL) << 24;
    }
}
