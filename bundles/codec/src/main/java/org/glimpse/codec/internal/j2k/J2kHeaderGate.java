package org.glimpse.codec.internal.j2k;

import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.HeaderGate;

/** SOC/SIZ checked against the DICOM header before a JPEG 2000 codestream reaches native code. */
public final class J2kHeaderGate {

    private J2kHeaderGate() {
    }

    public static Siz check(byte[] data, int length, PixelDescriptor pixel) throws CodecException {
        return check(data, length, pixel, false);
    }

    /** @param reduced true for a server-made reduced rendition: its SIZ may be smaller than Rows × Columns */
    public static Siz check(byte[] data, int length, PixelDescriptor pixel, boolean reduced) throws CodecException {
        Siz siz;
        try {
            siz = Codestream.readSiz(data, length);
        } catch (CodestreamException e) {
            throw new CodecException(e.truncated() ? Kind.INCOMPLETE : Kind.MALFORMED, e.getMessage());
        }
        int precision = 0;
        for (int c = 0; c < siz.components(); c++) {
            if (siz.xrsiz(c) != 1 || siz.yrsiz(c) != 1) {
                throw new CodecException(Kind.UNSUPPORTED, "SIZ component " + c + " is subsampled (XRsiz "
                        + siz.xrsiz(c) + ", YRsiz " + siz.yrsiz(c) + ")");
            }
            precision = Math.max(precision, siz.precision(c));
        }
        HeaderGate.check("SIZ", siz.width(), siz.height(), siz.components(), precision, pixel, reduced);
        return siz;
    }
}
