package org.glimpse.codec.internal.jpegls;

import org.glimpse.codec.internal.core.CodecException;

/**
 * Regular-mode decoding of one sample (ITU-T T.87 A.4–A.6): the median edge-detecting prediction, corrected by
 * the context's bias C; the Golomb parameter k from A and N; the mapped error read and unmapped; then the
 * context's A, B, C, N updated (bias correction). The 365 contexts live in one int array, five values each (k too).
 */
final class RegularMode {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int N = 3;
    private static final int K = 4;
    /** Ints per context. */
    static final int SLOT = 5;
    private static final int LIMIT_AB = 1 << 24;

    private final BitReader in;
    private final CodingParameters p;
    private final int[] ctx = new int[365 * SLOT];
    private final int initialA;

    RegularMode(BitReader in, CodingParameters p) {
        this.in = in;
        this.p = p;
        this.initialA = Math.max(2, (p.range + 32) / 64);
        reset();
    }

    /** Every context back to its initial state (start of scan, restart interval). */
    void reset() {
        for (int i = 0; i < ctx.length; i += SLOT) {
            ctx[i + A] = initialA;
            ctx[i + B] = 0;
            ctx[i + C] = 0;
            ctx[i + N] = 1;
            ctx[i + K] = golombParameter(initialA, 1);
        }
    }

    /** The context number Q of the quantised gradients (A.3.4), signed; 0 means run mode. */
    int context(int rd, int rb, int rc, int ra) {
        byte[] q = p.quant;
        int o = p.quantOffset;
        return (q[rd - rb + o] * 9 + q[rb - rc + o]) * 9 + q[rc - ra + o];
    }

    /** Decodes the sample whose neighbours are ra, rb, rc and whose signed context is {@code qs}. */
    int decode(int qs, int ra, int rb, int rc) throws CodecException {
        int sign = qs >> 31;
        int at = ((qs ^ sign) - sign) * SLOT;
        int[] c = ctx;
        int n = c[at + N];
        int k = c[at + K];
        int predicted = p.clamp(predict(ra, rb, rc) + ((c[at + C] ^ sign) - sign));
        int m = in.readGolomb(k, p.limit, p.qbpp);
        int err = (m >>> 1) ^ -(m & 1);
        if ((k | p.near) == 0) {
            // A.5.2: the lossless error of k = 0 codes is stored negated when B/N is below −1/2
            err ^= (2 * c[at + B] + n - 1) >> 31;
        }
        if (!update(c, at, err, p.step, p.reset)) {
            throw refused(c, at, err, p.reset);
        }
        return p.reconstruct(predicted, (err ^ sign) - sign);
    }

    /** The context array: A, B, C, N, k of context q at SLOT·q …, for loops that decode without calls. */
    int[] contexts() {
        return ctx;
    }

    /** k, the least with N·2^k ≥ A (A.5.1), found from the leading bits instead of a loop (A < 2^24). */
    static int golombParameter(int a, int n) {
        int k = Math.max(0, Integer.numberOfLeadingZeros(n) - Integer.numberOfLeadingZeros(a));
        // N·2^k stays below 2^31 (its top bit is at most A's), so the comparison is a sign
        return k + ((n << k) - a >>> 31);
    }

    /**
     * The median edge detector (A.4.1): the median of Ra, Rb and Ra + Rb − Rc, as minima and maxima, which
     * compile to conditional moves (which edge wins is data, so a branch would mispredict often).
     */
    static int predict(int ra, int rb, int rc) {
        return Math.max(Math.min(ra, rb), Math.min(Math.max(ra, rb), ra + rb - rc));
    }

    /**
     * A.6: accumulate, halve at RESET, and move C by one when B leaves (−N, 0]. False, with nothing stored, for
     * corrupt data: A reaching 2^24 (CharLS refuses it), or k reaching 16 (CharLS refuses a context whose k
     * is 16 or more when it is used; valid data never gets there, as an error's magnitude is at most 2^15 for
     * 16-bit samples, so this refuses it when it is stored). B needs no check: the update keeps it in (−N, 0],
     * and an error is below 2^21.
     */
    static boolean update(int[] c, int at, int err, int step, int reset) {
        int a = c[at + A] + Math.abs(err);
        int b = c[at + B] + err * step;
        int n = c[at + N];
        int checked = a;
        if (n == reset) {
            a >>= 1;
            b >>= 1;
            n >>= 1;
        }
        n++;
        // B leaving (−N, 0] moves C by one and B back by N. Masks, not ternaries: which way is data, and C2
        // keeps a ternary taken less than about a fifth of the time as a branch, which then mispredicts. Moved
        // down, B is at most 0, and moved up above −N, so one clamp to [1 − N, 0] serves both ways
        int down = (b + n - 1) >> 31;
        int up = -b >> 31;
        b = Math.min(0, Math.max(1 - n, b + (n & down) - (n & up)));
        int bias = Math.max(-128, Math.min(127, c[at + C] + down - up));
        int k = golombParameter(a, n);
        if ((checked | k << 20) >= LIMIT_AB) {
            return false;
        }
        c[at + A] = a;
        c[at + B] = b;
        c[at + C] = bias;
        c[at + N] = n;
        c[at + K] = k;
        return true;
    }

    /** Why {@link #update} refused {@code err} for the context at {@code at} (its failure path only). */
    CodecException refused(int[] c, int at, int err, int reset) {
        int a = c[at + A] + Math.abs(err);
        if (a >= LIMIT_AB) {
            return corrupt("context A reached " + a + ", 2^24 or more");
        }
        int n = c[at + N];
        if (n == reset) {
            a >>= 1;
            n >>= 1;
        }
        return corrupt("Golomb parameter k reached " + golombParameter(a, n + 1) + ", 16 or more");
    }

    CodecException corrupt(String what) {
        return in.failure(what);
    }
}
