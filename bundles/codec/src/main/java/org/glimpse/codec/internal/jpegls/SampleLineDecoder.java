package org.glimpse.codec.internal.jpegls;

import org.glimpse.codec.internal.core.CodecException;

/**
 * Decodes one line of a sample-interleaved scan of three components (ILV 2): the contexts are shared, run
 * mode starts only where all three components' gradients are zero, a run repeats the whole left pixel, and
 * the interruption pixel codes each component against Rb with the RItype 0 context, as CharLS does.
 */
final class SampleLineDecoder {
    private final RegularMode regular;
    private final RunMode run;
    private final int width;

    SampleLineDecoder(RegularMode regular, RunMode run, int width) {
        this.regular = regular;
        this.run = run;
        this.width = width;
    }

    void decode(int[][] prev, int[][] cur) throws CodecException {
        int w = width;
        int[] p0 = prev[0];
        int[] p1 = prev[1];
        int[] p2 = prev[2];
        int[] c0 = cur[0];
        int[] c1 = cur[1];
        int[] c2 = cur[2];
        for (int c = 0; c < 3; c++) {
            cur[c][0] = prev[c][1];
            prev[c][w + 1] = prev[c][w];
        }
        RegularMode reg = regular;
        int i = 1;
        while (i <= w) {
            int q0 = reg.context(p0[i + 1], p0[i], p0[i - 1], c0[i - 1]);
            int q1 = reg.context(p1[i + 1], p1[i], p1[i - 1], c1[i - 1]);
            int q2 = reg.context(p2[i + 1], p2[i], p2[i - 1], c2[i - 1]);
            if ((q0 | q1 | q2) == 0) {
                i = runMode(prev, cur, i);
            } else {
                c0[i] = reg.decode(q0, c0[i - 1], p0[i], p0[i - 1]);
                c1[i] = reg.decode(q1, c1[i - 1], p1[i], p1[i - 1]);
                c2[i] = reg.decode(q2, c2[i - 1], p2[i], p2[i - 1]);
                i++;
            }
        }
    }

    private int runMode(int[][] prev, int[][] cur, int i) throws CodecException {
        int left = width + 1 - i;
        int n = run.runLength(left);
        int end = i + n;
        for (int c = 0; c < 3; c++) {
            int[] line = cur[c];
            int ra = line[i - 1];
            for (int x = i; x < end; x++) {
                line[x] = ra;
            }
        }
        if (n == left) {
            return end;
        }
        int e0 = run.error(0);
        int e1 = run.error(0);
        int e2 = run.error(0);
        cur[0][end] = run.interruptionSample(cur[0][i - 1], prev[0][end], e0);
        cur[1][end] = run.interruptionSample(cur[1][i - 1], prev[1][end], e1);
        cur[2][end] = run.interruptionSample(cur[2][i - 1], prev[2][end], e2);
        run.endInterruption();
        return end + 1;
    }
}
