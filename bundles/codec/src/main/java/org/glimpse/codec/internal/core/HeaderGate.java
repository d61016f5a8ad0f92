package org.glimpse.codec.internal.core;

import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.frame.PixelDescriptor;

/**
 * Checks a codestream header against the DICOM Image Pixel module before any native code sees the bytes:
 * a forged size would make a native decoder allocate gigabytes. A precision or signedness that differs from
 * BitsStored/PixelRepresentation is a quirk real archives hold, not an error: the DICOM header decides.
 */
public final class HeaderGate {

    private HeaderGate() {
    }

    /**
     * @param marker where the values come from, for the message ("SIZ", "JPEG-LS SOF55")
     */
    public static void check(String marker, long width, long height, int components, int precision,
            PixelDescriptor pixel) throws CodecException {
        check(marker, width, height, components, precision, pixel, false);
    }

    /**
     * @param reduced true for a server-made reduced rendition: its size is its own, at least 1×1 and at most
     *        Columns×Rows; samples and precision are checked as for the frame itself
     */
    public static void check(String marker, long width, long height, int components, int precision,
            PixelDescriptor pixel, boolean reduced) throws CodecException {
        if (reduced) {
            if (width < 1 || height < 1 || width > pixel.columns() || height > pixel.rows()) {
                throw new CodecException(Kind.MALFORMED, marker + " size " + width + "×" + height
                        + " of a reduced rendition is not within DICOM Columns×Rows " + pixel.columns() + "×"
                        + pixel.rows());
            }
        } else if (width != pixel.columns() || height != pixel.rows()) {
            throw new CodecException(Kind.MALFORMED, marker + " size " + width + "×" + height
                    + " does not match DICOM Columns×Rows " + pixel.columns() + "×" + pixel.rows());
        }
        if (components != pixel.samplesPerPixel()) {
            throw new CodecException(Kind.MALFORMED, marker + " has " + components
                    + " components, DICOM SamplesPerPixel is " + pixel.samplesPerPixel());
        }
        if (precision < 1 || precision > pixel.bitsAllocated() || precision > 16) {
            throw new CodecException(Kind.MALFORMED, marker + " precision " + precision
                    + " bits does not fit DICOM BitsAllocated " + pixel.bitsAllocated() + " (at most 16 decoded)");
        }
    }
}
