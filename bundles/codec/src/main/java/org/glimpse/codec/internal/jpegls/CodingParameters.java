package org.glimpse.codec.internal.jpegls;

import java.util.Arrays;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.codec.internal.core.CodecException;

/**
 * What a scan is coded with (ITU-T T.87 A.2.1): MAXVAL, NEAR, RANGE, qbpp, LIMIT, RESET, and the gradient
 * quantisation (A.3.3) as a table indexed by the difference plus 2^bpp, filled region by region.
 */
final class CodingParameters {
    final int maxVal;
    final int near;
    final int range;
    final int qbpp;
    final int limit;
    final int reset;
    /** 2·NEAR + 1, the quantisation step of near-lossless coding. */
    final int step;
    final int t1;
    final int t2;
    final int t3;
    /** Q(d) at {@code d + quantOffset} for d in [−2^bpp, 2^bpp). */
    final byte[] quant;
    final int quantOffset;

    CodingParameters(int precision, int near, PresetParameters presets) throws CodecException {
        this.maxVal = (1 << precision) - 1;
        if (near > Math.min(255, maxVal / 2)) {
            throw new CodecException(Kind.MALFORMED, "JPEG-LS NEAR " + near + " exceeds min(255, MAXVAL/2) for "
                    + precision + "-bit samples");
        }
        if (presets.maxVal() != 0 && presets.maxVal() != maxVal) {
            throw new CodecException(Kind.UNSUPPORTED, "JPEG-LS LSE MAXVAL " + presets.maxVal() + " differs from "
                    + maxVal + " for " + precision + "-bit samples; CharLS 2.4 and ITU-T T.87 decode such streams"
                    + " differently, so neither is assumed");
        }
        this.near = near;
        int[] t = presets.resolve(maxVal, near);
        this.t1 = t[0];
        this.t2 = t[1];
        this.t3 = t[2];
        this.reset = t[3];
        this.step = 2 * near + 1;
        this.range = (maxVal + 2 * near) / step + 1;
        this.qbpp = log2Ceil(range);
        int bpp = log2Ceil(maxVal);
        this.limit = 2 * (bpp + Math.max(8, bpp));
        this.quantOffset = 1 << bpp;
        this.quant = quantization(quantOffset);
    }

    /** The least x with 2^x ≥ n, as CharLS computes bpp and qbpp. */
    static int log2Ceil(int n) {
        int x = 0;
        while (n > (1 << x)) {
            x++;
        }
        return x;
    }

    private byte[] quantization(int offset) {
        byte[] q = new byte[2 * offset];
        fill(q, offset, Integer.MIN_VALUE, -t3, -4);
        fill(q, offset, -t3 + 1, -t2, -3);
        fill(q, offset, -t2 + 1, -t1, -2);
        fill(q, offset, -t1 + 1, -near - 1, -1);
        fill(q, offset, t1, t2 - 1, 2);
        fill(q, offset, t2, t3 - 1, 3);
        fill(q, offset, t3, Integer.MAX_VALUE, 4);
        fill(q, offset, near + 1, t1 - 1, 1);
        return q;
    }

    /** Q(d) = value for d in [from, to], clipped to the table. */
    private static void fill(byte[] q, int offset, long from, long to, int value) {
        long lo = Math.max(from + offset, 0);
        long hi = Math.min(to + offset, q.length - 1L);
        if (lo <= hi) {
            Arrays.fill(q, (int) lo, (int) hi + 1, (byte) value);
        }
    }

    /** Rx from a prediction and a dequantised error: modulo RANGE back into [0, MAXVAL] (A.4.5). */
    int reconstruct(int predicted, int error) {
        int v = predicted + error * step;
        if (v < -near) {
            v += range * step;
        } else if (v > maxVal + near) {
            v -= range * step;
        }
        return clamp(v);
    }

    /** Clamps to [0, MAXVAL] (MAXVAL is 2^P − 1). */
    int clamp(int v) {
        return (v & maxVal) == v ? v : ~(v >> 31) & maxVal;
    }
}
