package org.glimpse.codec.internal.jpegls;

import org.glimpse.codec.internal.core.CodecException;

/**
 * Decodes one line of one component (scans without interleave, or line-interleaved): a line is an int array
 * with the sample of column x at x + 1, the slots at 0 and width + 1 holding the edge neighbours T.87 A.2.1
 * defines (Rc and Rd past the edges). Regular and run mode share the bit reader.
 */
final class LineDecoder {
    private final RegularMode regular;
    private final RunMode run;
    private final BitReader in;
    private final CodingParameters p;
    private final int width;

    LineDecoder(RegularMode regular, RunMode run, BitReader in, CodingParameters p, int width) {
        this.regular = regular;
        this.run = run;
        this.in = in;
        this.p = p;
        this.width = width;
    }

    /**
     * Decodes {@code cur} from the line above, {@code prev} (zeros above the first line). The regular-mode
     * steps and the short Golomb codes are spelled out here rather than called through
     * {@link RegularMode#decode} and {@link BitReader#readGolomb}: this loop carries nearly every grey frame,
     * and one method with the bit cache in locals keeps it free of calls and memory round trips. The cache
     * goes back to the reader around every call (run mode, refills, long codes). Lossless scans, nearly all
     * of DICOM's, have a loop of their own without the near-lossless quantisation.
     */
    void decode(int[] prev, int[] cur) throws CodecException {
        cur[0] = prev[1];
        prev[width + 1] = prev[width];
        if (p.near == 0) {
            decodeLossless(prev, cur);
        } else {
            decodeNear(prev, cur);
        }
    }

    /**
     * NEAR = 0: the error is not quantised (step 1) and the sample is the low P bits of prediction plus error
     * (RANGE is 2^P, as CharLS computes it).
     */
    private void decodeLossless(int[] prev, int[] cur) throws CodecException {
        int w = width;
        RegularMode reg = regular;
        BitReader in = this.in;
        int[] c = reg.contexts();
        byte[] q = p.quant;
        int qo = p.quantOffset;
        int limit = p.limit;
        int qbpp = p.qbpp;
        int escape = limit - qbpp - 1;
        int reset = p.reset;
        int maxVal = p.maxVal;
        byte[] d = in.data();
        long cache = in.cache;
        int bits = in.bits;
        int pos = in.pos;
        int safe = in.nextFf - 8;
        int rb = prev[0];
        int rd = prev[1];
        // Ra stays in a register (the sample just decoded), and Q(Rb − Rc) is the previous Q(Rd − Rb)
        int ra = cur[0];
        int q1 = q[rd - rb + qo];
        int i = 1;
        while (i <= w) {
            int rc = rb;
            rb = rd;
            rd = prev[i + 1];
            int q2 = q1;
            q1 = q[rd - rb + qo];
            int qs = (q1 * 9 + q2) * 9 + q[rc - ra + qo];
            if (qs == 0) {
                in.cache = cache;
                in.bits = bits;
                in.pos = pos;
                i = runMode(prev, cur, i, ra);
                cache = in.cache;
                bits = in.bits;
                pos = in.pos;
                safe = in.nextFf - 8;
                ra = cur[i - 1];
                rb = prev[i - 1];
                rd = prev[i];
                q1 = q[rd - rb + qo];
                continue;
            }
            int sign = qs >> 31;
            int at = ((qs ^ sign) - sign) * RegularMode.SLOT;
            int k = c[at + 4];
            int predicted = RegularMode.predict(ra, rb, rc) + ((c[at + 2] ^ sign) - sign);
            predicted = Math.max(0, Math.min(maxVal, predicted));
            if (pos <= safe) {
                // every sample: cheaper than a branch on the bit count, which follows the data
                cache |= BitReader.word(d, pos) >>> bits;
                pos += (63 - bits) >>> 3;
                bits |= 56;
            } else if (bits < 32) {
                in.cache = cache;
                in.bits = bits;
                in.pos = pos;
                in.fill();
                cache = in.cache;
                bits = in.bits;
                pos = in.pos;
                safe = in.nextFf - 8;
            }
            int zeros = Long.numberOfLeadingZeros(cache);
            int used = zeros + 1 + k;
            int m;
            if (used <= bits && zeros < escape) {
                // the top used bits are 2^k plus the k low bits: the unary zeros add nothing
                m = (int) (cache >>> -used) + ((zeros - 1) << k);
                cache <<= used;
                bits -= used;
            } else {
                in.cache = cache;
                in.bits = bits;
                in.pos = pos;
                m = in.readGolombSlowly(k, limit, qbpp);
                cache = in.cache;
                bits = in.bits;
                pos = in.pos;
                safe = in.nextFf - 8;
            }
            // A.5.2: a k = 0 error is stored negated when B/N is below −1/2 (a mask, not a branch: k is data)
            int err = (m >>> 1) ^ -(m & 1) ^ ((2 * c[at + 1] + c[at + 3] - 1) >> 31 & (k - 1) >> 31);
            if (!RegularMode.update(c, at, err, 1, reset)) {
                throw reg.refused(c, at, err, reset);
            }
            ra = predicted + ((err ^ sign) - sign) & maxVal;
            cur[i] = ra;
            i++;
        }
        in.cache = cache;
        in.bits = bits;
        in.pos = pos;
    }

    private void decodeNear(int[] prev, int[] cur) throws CodecException {
        int w = width;
        RegularMode reg = regular;
        BitReader in = this.in;
        int[] c = reg.contexts();
        byte[] q = p.quant;
        int qo = p.quantOffset;
        int limit = p.limit;
        int qbpp = p.qbpp;
        int escape = limit - qbpp - 1;
        int near = p.near;
        int step = p.step;
        int reset = p.reset;
        int maxVal = p.maxVal;
        int wrap = p.range * step;
        long cache = in.cache;
        int bits = in.bits;
        int rb = prev[0];
        int rd = prev[1];
        int ra = cur[0];
        int q1 = q[rd - rb + qo];
        int i = 1;
        while (i <= w) {
            int rc = rb;
            rb = rd;
            rd = prev[i + 1];
            int q2 = q1;
            q1 = q[rd - rb + qo];
            int qs = (q1 * 9 + q2) * 9 + q[rc - ra + qo];
            if (qs == 0) {
                in.cache = cache;
                in.bits = bits;
                i = runMode(prev, cur, i, ra);
                cache = in.cache;
                bits = in.bits;
                ra = cur[i - 1];
                rb = prev[i - 1];
                rd = prev[i];
                q1 = q[rd - rb + qo];
                continue;
            }
            int sign = qs >> 31;
            int at = ((qs ^ sign) - sign) * RegularMode.SLOT;
            int k = c[at + 4];
            int predicted = RegularMode.predict(ra, rb, rc) + ((c[at + 2] ^ sign) - sign);
            predicted = Math.max(0, Math.min(maxVal, predicted));
            if (bits < 32) {
                in.cache = cache;
                in.bits = bits;
                in.fill();
                cache = in.cache;
                bits = in.bits;
            }
            int zeros = Long.numberOfLeadingZeros(cache);
            int used = zeros + 1 + k;
            int m;
            if (used <= bits && zeros < escape) {
                m = (int) (cache >>> -used) + ((zeros - 1) << k);
                cache <<= used;
                bits -= used;
            } else {
                in.cache = cache;
                in.bits = bits;
                m = in.readGolombSlowly(k, limit, qbpp);
                cache = in.cache;
                bits = in.bits;
            }
            int err = (m >>> 1) ^ -(m & 1);
            if (!RegularMode.update(c, at, err, step, reset)) {
                throw reg.refused(c, at, err, reset);
            }
            // A.4.5: back into [−NEAR, MAXVAL + NEAR] modulo RANGE, then clamped to [0, MAXVAL]
            int x = predicted + ((err ^ sign) - sign) * step;
            x = x < -near ? x + wrap : x > maxVal + near ? x - wrap : x;
            ra = (x & maxVal) == x ? x : ~(x >> 31) & maxVal;
            cur[i] = ra;
            i++;
        }
        in.cache = cache;
        in.bits = bits;
    }

    /** A run from column {@code i − 1} on, and its interruption sample unless it reaches the line's end. */
    private int runMode(int[] prev, int[] cur, int i, int ra) throws CodecException {
        int left = width + 1 - i;
        int n = run.runLength(left);
        int end = i + n;
        for (int x = i; x < end; x++) {
            cur[x] = ra;
        }
        if (n == left) {
            return end;
        }
        cur[end] = run.interruption(ra, prev[end]);
        return end + 1;
    }
}
