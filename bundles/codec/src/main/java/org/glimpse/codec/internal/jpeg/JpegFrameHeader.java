package org.glimpse.codec.internal.jpeg;

import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.codec.internal.core.CodecException;

/**
 * The frame header (SOFn, ITU-T T.81 B.2.2) of a JPEG or JPEG-LS stream, read in Java so that sizes are
 * checked against DICOM before a decoder allocates anything.
 *
 * @param marker the SOF marker code (0xFFC0 baseline … 0xFFF7 JPEG-LS)
 */
public record JpegFrameHeader(int marker, int precision, int rows, int columns, int components) {

    public boolean lossless() {
        return marker == 0xFFC3 || marker == 0xFFC7 || marker == 0xFFCB || marker == 0xFFCF;
    }

    public String name() {
        return String.format("SOF%d (0x%04X)", marker == 0xFFF7 ? 55 : marker - 0xFFC0, marker);
    }

    /** Reads markers from SOI up to the first SOF. */
    public static JpegFrameHeader read(byte[] d, int length) throws CodecException {
        if (length < 4 || (d[0] & 0xFF) != 0xFF || (d[1] & 0xFF) != 0xD8) {
            throw new CodecException(Kind.MALFORMED, String.format("not a JPEG stream: starts with 0x%02X%02X, not"
                    + " SOI 0xFFD8", length > 0 ? d[0] & 0xFF : 0, length > 1 ? d[1] & 0xFF : 0));
        }
        int p = 2;
        while (p + 4 <= length) {
            if ((d[p] & 0xFF) != 0xFF) {
                throw new CodecException(Kind.MALFORMED, String.format("expected a marker at byte %d, found 0x%02X",
                        p, d[p] & 0xFF));
            }
            int m = 0xFF00 | (d[p + 1] & 0xFF);
            if (m == 0xFFFF) {
                p++;
                continue;
            }
            int len = ((d[p + 2] & 0xFF) << 8) | (d[p + 3] & 0xFF);
            if (isSof(m)) {
                if (p + 10 > length) {
                    break;
                }
                return new JpegFrameHeader(m, d[p + 4] & 0xFF, ((d[p + 5] & 0xFF) << 8) | (d[p + 6] & 0xFF),
                        ((d[p + 7] & 0xFF) << 8) | (d[p + 8] & 0xFF), d[p + 9] & 0xFF);
            }
            if (m == 0xFFDA || m == 0xFFD9) {
                throw new CodecException(Kind.MALFORMED, "JPEG " + (m == 0xFFDA ? "SOS" : "EOI") + " at byte " + p
                        + " before any frame header (SOF)");
            }
            if (len < 2) {
                throw new CodecException(Kind.MALFORMED, String.format("JPEG marker 0x%04X at byte %d has length %d",
                        m, p, len));
            }
            p += 2 + len;
        }
        throw new CodecException(Kind.INCOMPLETE, "no JPEG frame header (SOF) in the " + length + " bytes held");
    }

    private static boolean isSof(int m) {
        return m >= 0xFFC0 && m <= 0xFFCF && m != 0xFFC4 && m != 0xFFC8 && m != 0xFFCC || m == 0xFFF7;
    }
}
