package org.glimpse.codec.internal.jpegls;

import org.glimpse.codec.internal.core.CodecException;

/**
 * Run mode (ITU-T T.87 A.7): run lengths coded in blocks of 2^J[RUNindex] samples, and the run interruption
 * sample with its two contexts (RItype 0 when Ra and Rb differ by more than NEAR, 1 otherwise). RUNindex is
 * kept per component by the caller in line-interleaved scans.
 */
final class RunMode {
    private static final int[] J = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 9,
        10, 11, 12, 13, 14, 15};
    private static final int LIMIT_A = 1 << 24;

    private final BitReader in;
    private final CodingParameters p;
    /** A, N, Nn of RItype 0 then of RItype 1. */
    private final int[] ctx = new int[6];
    private final int initialA;
    int runIndex;

    RunMode(BitReader in, CodingParameters p) {
        this.in = in;
        this.p = p;
        this.initialA = Math.max(2, (p.range + 32) / 64);
        reset();
    }

    void reset() {
        ctx[0] = initialA;
        ctx[1] = 1;
        ctx[2] = 0;
        ctx[3] = initialA;
        ctx[4] = 1;
        ctx[5] = 0;
        runIndex = 0;
    }

    /** The length of a run of at most {@code left} samples (A.7.1.2). */
    int runLength(int left) throws CodecException {
        int n = 0;
        while (in.readBit()) {
            int block = 1 << J[runIndex];
            int take = Math.min(block, left - n);
            n += take;
            if (take == block) {
                runIndex = Math.min(31, runIndex + 1);
            }
            if (n == left) {
                return n;
            }
        }
        int j = J[runIndex];
        if (j > 0) {
            n += in.readBits(j);
        }
        if (n > left) {
            throw in.failure("a run of " + n + " samples passes the end of the line, " + left + " left");
        }
        return n;
    }

    /** The run interruption sample of one component, after a run that stopped before the line's end. */
    int interruption(int ra, int rb) throws CodecException {
        int x;
        if (Math.abs(ra - rb) <= p.near) {
            x = p.reconstruct(ra, error(1));
        } else {
            x = p.reconstruct(rb, error(0) * sign(rb - ra));
        }
        endInterruption();
        return x;
    }

    /** RUNindex steps back once an interruption sample is done (A.7.2). */
    void endInterruption() {
        runIndex = Math.max(0, runIndex - 1);
    }

    /** Sample-interleaved interruption: each component decoded with the RItype 0 context, Rb as prediction. */
    int interruptionSample(int ra, int rb, int err) {
        return p.reconstruct(rb, err * sign(rb - ra));
    }

    static int sign(int n) {
        return (n >> 31) | 1;
    }

    /** The error of an interruption sample with the context of {@code type} (A.7.2.2). */
    int error(int type) throws CodecException {
        int at = type * 3;
        int a = ctx[at];
        int n = ctx[at + 1];
        int nn = ctx[at + 2];
        int temp = a + (n >> 1) * type;
        int k = 0;
        for (int t = n; t < temp; t <<= 1) {
            k++;
        }
        int m = in.readGolomb(k, p.limit - J[runIndex] - 1, p.qbpp);
        int v = m + type;
        boolean map = (v & 1) != 0;
        int abs = (v + (map ? 1 : 0)) >> 1;
        int err = (k != 0 || 2 * nn >= n) == map ? -abs : abs;
        if (err < 0) {
            nn++;
        }
        a += (m + 1 - type) >> 1;
        if (a >= LIMIT_A) {
            throw in.failure("run interruption context A out of range");
        }
        if (n == p.reset) {
            a >>= 1;
            n >>= 1;
            nn >>= 1;
        }
        ctx[at] = a;
        ctx[at + 1] = n + 1;
        ctx[at + 2] = nn;
        return err;
    }
}
