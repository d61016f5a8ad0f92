package org.glimpse.codec.internal.jpegls;

import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.codec.internal.core.CodecException;

/**
 * The SOS scan header of JPEG-LS (ITU-T T.87 C.2.3): the frame components in the scan (as frame indexes),
 * NEAR, the interleave mode ILV (0 none, 1 line, 2 sample); mapping tables and a point transform are refused.
 */
record ScanHeader(int[] components, int near, int interleave) {
    static final int NONE = 0;
    static final int LINE = 1;
    static final int SAMPLE = 2;

    static ScanHeader read(byte[] d, int p, int end, FrameHeader frame) throws CodecException {
        int at = p - 4;
        int ns = end > p ? d[p] & 0xFF : 0;
        int nf = frame.componentIds().length;
        if (ns < 1 || ns > nf || end - p != 4 + 2 * ns) {
            throw new CodecException(Kind.MALFORMED, "JPEG-LS SOS at byte " + at + " has " + ns + " components in "
                    + (end - p) + " bytes, for a frame of " + nf);
        }
        if (ns != 1 && ns != nf) {
            throw new CodecException(Kind.UNSUPPORTED, "JPEG-LS SOS at byte " + at + " interleaves " + ns + " of "
                    + nf + " components");
        }
        int[] comps = new int[ns];
        for (int i = 0; i < ns; i++) {
            int id = d[p + 1 + 2 * i] & 0xFF;
            comps[i] = frame.indexOf(id);
            if (comps[i] < 0) {
                throw new CodecException(Kind.MALFORMED, "JPEG-LS SOS at byte " + at + " names component " + id
                        + ", not in SOF55");
            }
            int table = d[p + 2 + 2 * i] & 0xFF;
            if (table != 0) {
                throw new CodecException(Kind.UNSUPPORTED, "JPEG-LS SOS at byte " + at + " selects mapping table "
                        + table + " for component " + id + "; mapping tables (palettes) are not supported");
            }
        }
        int near = d[p + 1 + 2 * ns] & 0xFF;
        int ilv = d[p + 2 + 2 * ns] & 0xFF;
        int transform = d[p + 3 + 2 * ns] & 0x0F;
        if (ilv > SAMPLE || (ns == 1) != (ilv == NONE)) {
            throw new CodecException(Kind.MALFORMED, "JPEG-LS SOS at byte " + at + " has interleave mode " + ilv
                    + " for " + ns + " components");
        }
        if (transform != 0) {
            throw new CodecException(Kind.UNSUPPORTED, "JPEG-LS SOS at byte " + at + " has point transform "
                    + transform + "; not supported");
        }
        return new ScanHeader(comps, near, ilv);
    }
}
