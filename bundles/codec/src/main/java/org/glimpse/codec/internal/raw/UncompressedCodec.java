package org.glimpse.codec.internal.raw;

import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.codec.internal.core.Cancellation;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedPixels;

/** Uncompressed frames: implicit/explicit VR little endian and explicit VR big endian (PS3.5 A.1-A.3). */
public final class UncompressedCodec {

    private UncompressedCodec() {
    }

    public static DecodedPixels decode(byte[] data, int length, boolean bigEndian, PixelDescriptor pixel)
            throws CodecException {
        return decode(data, length, bigEndian, pixel, null, Cancellation.NONE);
    }

    /**
     * Into {@code target} (a new buffer when null), asking {@code cancel} before each line of Columns samples
     * (a line of one plane when planar).
     */
    private static DecodedPixels decode(byte[] data, int length, boolean bigEndian, PixelDescriptor pixel,
            PixelBuffer target, Cancellation cancel) throws CodecException {
        int bytes = bytesPerSample(pixel);
        long expected = pixel.frameBytes();
        if (length < expected) {
            throw new CodecException(Kind.INCOMPLETE, "uncompressed frame holds " + length + " bytes, Rows×Columns×"
                    + "SamplesPerPixel×" + bytes + " = " + expected + " needed");
        }
        int n = (int) (expected / bytes);
        int[] samples = new int[n];
        int line = pixel.columns();
        int lines = n / line;
        for (int y = 0; y < lines; y++) {
            cancel.check("uncompressed", "lines", y, lines);
            for (int i = y * line, end = i + line; i < end; i++) {
                if (bytes == 1) {
                    samples[i] = data[i] & 0xFF;
                } else if (bigEndian) {
                    samples[i] = ((data[2 * i] & 0xFF) << 8) | (data[2 * i + 1] & 0xFF);
                } else {
                    samples[i] = (data[2 * i] & 0xFF) | ((data[2 * i + 1] & 0xFF) << 8);
                }
            }
        }
        int spp = pixel.samplesPerPixel();
        if (spp > 1 && pixel.planarConfiguration() == 1) {
            samples = StoredValues.interleave(samples, pixel.rows() * pixel.columns(), spp);
        }
        return new DecodedPixels(pixel.columns(), pixel.rows(), spp, 0, StoredValues.into(samples, pixel, target));
    }

    /**
     * A server-reduced rendition ({@code reduced}) is as many pixels as its bytes hold, at the frame's aspect
     * ({@link ReducedSize}); a trailing pad byte is allowed.
     */
    public static DecodedPixels decode(byte[] data, int length, boolean bigEndian, PixelDescriptor pixel,
            boolean reduced) throws CodecException {
        return decode(data, length, bigEndian, pixel, reduced, null, Cancellation.NONE);
    }

    /**
     * As {@link #decode(byte[], int, boolean, PixelDescriptor, boolean)}, into {@code target}, asking {@code cancel}.
     */
    public static DecodedPixels decode(byte[] data, int length, boolean bigEndian, PixelDescriptor pixel,
            boolean reduced, PixelBuffer target, Cancellation cancel) throws CodecException {
        return decode(data, length, bigEndian, reduced ? renditionOf(length, pixel) : pixel, target, cancel);
    }

    private static PixelDescriptor renditionOf(int length, PixelDescriptor pixel) throws CodecException {
        long perPixel = (long) bytesPerSample(pixel) * pixel.samplesPerPixel();
        String what = "uncompressed rendition of " + length + " bytes";
        try {
            return ReducedSize.of(length / perPixel, pixel, what);
        } catch (CodecException e) {
            // DICOM pads a value of odd length with one byte: only 8-bit values of an odd count have one
            boolean padded = perPixel % 2 == 1 && length % 2 == 0 && length % perPixel == 0;
            if (!padded) {
                throw e;
            }
            return ReducedSize.of((length - 1) / perPixel, pixel, what);
        }
    }

    /** Deflated Explicit VR Little Endian: inflated, then read as little endian. */
    public static DecodedPixels decodeDeflated(byte[] data, int length, PixelDescriptor pixel, boolean reduced)
            throws CodecException {
        return decodeDeflated(data, length, pixel, reduced, null, Cancellation.NONE);
    }

    /**
     * As {@link #decodeDeflated(byte[], int, PixelDescriptor, boolean)}, into {@code target}, asking {@code cancel}.
     */
    public static DecodedPixels decodeDeflated(byte[] data, int length, PixelDescriptor pixel, boolean reduced,
            PixelBuffer target, Cancellation cancel) throws CodecException {
        byte[] raw = Deflate.inflate(data, length, pixel.frameBytes());
        return decode(raw, raw.length, false, pixel, reduced, target, cancel);
    }

    static int bytesPerSample(PixelDescriptor pixel) throws CodecException {
        if (pixel.bitsAllocated() != 8 && pixel.bitsAllocated() != 16) {
            throw new CodecException(Kind.UNSUPPORTED, "BitsAllocated " + pixel.bitsAllocated()
                    + " is not decoded (8 and 16 are)");
        }
        return pixel.bitsAllocated() / 8;
    }
}
