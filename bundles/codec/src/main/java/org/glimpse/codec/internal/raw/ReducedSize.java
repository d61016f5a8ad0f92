package org.glimpse.codec.internal.raw;

import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.codec.internal.core.CodecException;

/**
 * The size of a server-reduced uncompressed or RLE rendition, whose bytes carry no header: the image of
 * {@code values} pixels, within Rows × Columns, whose aspect is nearest the frame's (it spans the same field
 * of view, so its height is Columns ÷ width of the way to Rows, give or take the rounding of one pixel).
 */
public final class ReducedSize {

    private ReducedSize() {
    }

    /**
     * The frame's pixel description at the rendition's size.
     *
     * @param what the bytes' format and length, for the message
     * @throws CodecException MALFORMED when no width × height within the frame's aspect makes {@code values}
     */
    public static PixelDescriptor of(long values, PixelDescriptor pixel, String what) throws CodecException {
        long best = -1;
        long bestError = Long.MAX_VALUE;
        for (long w = 1; w <= pixel.columns() && w <= values; w++) {
            if (values % w != 0 || values / w > pixel.rows()) {
                continue;
            }
            long h = values / w;
            long error = Math.abs(w * pixel.rows() - h * pixel.columns());
            if (error <= Math.max(pixel.rows(), pixel.columns()) && error < bestError) {
                best = w;
                bestError = error;
            }
        }
        if (best < 0) {
            throw new CodecException(Kind.MALFORMED, what + " holds " + values + " pixels: no reduced rendition"
                    + " within DICOM Columns×Rows " + pixel.columns() + "×" + pixel.rows()
                    + " at its aspect has as many");
        }
        return new PixelDescriptor((int) (values / best), (int) best, pixel.samplesPerPixel(), pixel.bitsAllocated(),
                pixel.bitsStored(), pixel.pixelRepresentation(), pixel.photometricInterpretation(),
                pixel.planarConfiguration());
    }
}
