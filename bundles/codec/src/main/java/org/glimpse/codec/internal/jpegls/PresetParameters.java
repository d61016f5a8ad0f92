package org.glimpse.codec.internal.jpegls;

import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.codec.internal.core.CodecException;

/**
 * The JPEG-LS preset coding parameters MAXVAL, T1, T2, T3 and RESET (ITU-T T.87 C.2.4.1.1, LSE id 1); a zero
 * means the default of C.2.4.1.1.1 for the sample precision and NEAR of the scan.
 */
record PresetParameters(int maxVal, int t1, int t2, int t3, int reset) {
    static final PresetParameters DEFAULT = new PresetParameters(0, 0, 0, 0, 0);
    private static final int BASIC_T1 = 3;
    private static final int BASIC_T2 = 7;
    private static final int BASIC_T3 = 21;
    static final int DEFAULT_RESET = 64;

    /** Reads the body of an LSE segment of id 1: five 16-bit values after the id byte at {@code p}. */
    static PresetParameters read(byte[] d, int p, int end) throws CodecException {
        if (end - p != 11) {
            throw new CodecException(Kind.MALFORMED, "JPEG-LS LSE preset coding parameters at byte " + (p - 4)
                    + " have " + (end - p - 1) + " bytes, expected 10");
        }
        return new PresetParameters(u16(d, p + 1), u16(d, p + 3), u16(d, p + 5), u16(d, p + 7), u16(d, p + 9));
    }

    private static int u16(byte[] d, int at) {
        return ((d[at] & 0xFF) << 8) | (d[at + 1] & 0xFF);
    }

    /**
     * The thresholds and RESET to code a scan with, defaults filled in, checked as T.87 C.2.4.1.1 bounds them.
     *
     * @param maxVal the sample maximum, 2^P − 1
     */
    int[] resolve(int maxVal, int near) throws CodecException {
        int[] def = defaults(maxVal, near);
        int r1 = t1 != 0 ? t1 : def[0];
        int r2 = t2 != 0 ? t2 : def[1];
        int r3 = t3 != 0 ? t3 : def[2];
        int rr = reset != 0 ? reset : DEFAULT_RESET;
        if (r1 < near + 1 || r1 > maxVal || r2 < r1 || r2 > maxVal || r3 < r2 || r3 > maxVal || rr < 3
                || rr > Math.max(255, maxVal)) {
            throw new CodecException(Kind.MALFORMED, "JPEG-LS preset thresholds T1=" + r1 + " T2=" + r2 + " T3=" + r3
                    + " RESET=" + rr + " are invalid for MAXVAL " + maxVal + " and NEAR " + near);
        }
        return new int[] {r1, r2, r3, rr};
    }

    /** The default thresholds of T.87 C.2.4.1.1.1 (as CharLS computes them). */
    static int[] defaults(int maxVal, int near) {
        if (maxVal >= 128) {
            int factor = (Math.min(maxVal, 4095) + 128) / 256;
            int a = clamp(factor * (BASIC_T1 - 2) + 2 + 3 * near, near + 1, maxVal);
            int b = clamp(factor * (BASIC_T2 - 3) + 3 + 5 * near, a, maxVal);
            return new int[] {a, b, clamp(factor * (BASIC_T3 - 4) + 4 + 7 * near, b, maxVal)};
        }
        int factor = 256 / (maxVal + 1);
        int a = clamp(Math.max(2, BASIC_T1 / factor + 3 * near), near + 1, maxVal);
        int b = clamp(Math.max(3, BASIC_T2 / factor + 5 * near), a, maxVal);
        return new int[] {a, b, clamp(Math.max(4, BASIC_T3 / factor + 7 * near), b, maxVal)};
    }

    private static int clamp(int i, int j, int maxVal) {
        return i > maxVal || i < j ? j : i;
    }
}
