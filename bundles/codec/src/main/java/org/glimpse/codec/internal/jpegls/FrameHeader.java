package org.glimpse.codec.internal.jpegls;

import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.codec.internal.core.CodecException;

/** The SOF55 frame header (ITU-T T.87 C.2.2): sample precision P, lines Y, columns X, component identifiers. */
record FrameHeader(int precision, int height, int width, int[] componentIds) {

    /** Reads the segment body {@code [p, end)} of the SOF55 marker at {@code p − 4}. */
    static FrameHeader read(byte[] d, int p, int end) throws CodecException {
        if (end - p < 6) {
            throw new CodecException(Kind.MALFORMED, "JPEG-LS SOF55 at byte " + (p - 4) + " is " + (end - p)
                    + " bytes long, shorter than 6");
        }
        int precision = d[p] & 0xFF;
        int height = u16(d, p + 1);
        int width = u16(d, p + 3);
        int nf = d[p + 5] & 0xFF;
        if (precision < 2 || precision > 16) {
            throw new CodecException(Kind.MALFORMED, "JPEG-LS SOF55 at byte " + (p - 4) + " has sample precision "
                    + precision + ", outside 2..16");
        }
        if (height == 0 || width == 0 || nf == 0) {
            throw new CodecException(height == 0 ? Kind.UNSUPPORTED : Kind.MALFORMED, "JPEG-LS SOF55 at byte "
                    + (p - 4) + " has size " + width + "×" + height + " and " + nf + " components (a size of 0, set"
                    + " later by LSE or DNL, is not supported)");
        }
        if (end - p != 6 + 3 * nf) {
            throw new CodecException(Kind.MALFORMED, "JPEG-LS SOF55 at byte " + (p - 4) + " is " + (end - p)
                    + " bytes long, expected " + (6 + 3 * nf) + " for " + nf + " components");
        }
        int[] ids = new int[nf];
        for (int i = 0; i < nf; i++) {
            int at = p + 6 + 3 * i;
            ids[i] = d[at] & 0xFF;
            for (int j = 0; j < i; j++) {
                if (ids[j] == ids[i]) {
                    throw new CodecException(Kind.MALFORMED, "JPEG-LS SOF55 at byte " + (p - 4)
                            + " names component " + ids[i] + " twice");
                }
            }
            if ((d[at + 1] & 0xFF) != 0x11) {
                throw new CodecException(Kind.UNSUPPORTED, String.format("JPEG-LS SOF55 component %d has sampling"
                        + " factors 0x%02X; only 1×1 is supported", ids[i], d[at + 1] & 0xFF));
            }
        }
        return new FrameHeader(precision, height, width, ids);
    }

    /** The frame index of component identifier {@code id}, or −1. */
    int indexOf(int id) {
        for (int i = 0; i < componentIds.length; i++) {
            if (componentIds[i] == id) {
                return i;
            }
        }
        return -1;
    }

    static int u16(byte[] d, int at) {
        return ((d[at] & 0xFF) << 8) | (d[at + 1] & 0xFF);
    }
}
