package org.glimpse.codec.internal.jpeg;

/**
 * The accurate integer inverse DCT of the IJG library (jidctint.c, "islow": Loeffler-Ligtenberg-Moschytz with
 * 13-bit constants), which dcmtk, libjpeg-turbo and the JDK's reader use by default: decoding with the same
 * arithmetic gives their samples, not merely samples within the IEEE 1180 tolerance. 12-bit samples keep one
 * fraction bit less between the passes, as the IJG code does, so that nothing overflows 32 bits.
 */
final class Idct {
    private static final int CONST_BITS = 13;
    private static final int FIX_0_298631336 = 2446;
    private static final int FIX_0_390180644 = 3196;
    private static final int FIX_0_541196100 = 4433;
    private static final int FIX_0_765366865 = 6270;
    private static final int FIX_0_899976223 = 7373;
    private static final int FIX_1_175875602 = 9633;
    private static final int FIX_1_501321110 = 12299;
    private static final int FIX_1_847759065 = 15137;
    private static final int FIX_1_961570560 = 16069;
    private static final int FIX_2_053119869 = 16819;
    private static final int FIX_2_562915447 = 20995;
    private static final int FIX_3_072711026 = 25172;

    private final int pass1Bits;
    private final int center;
    private final int max;
    private final int[] work = new int[64];
    private final int[] row = new int[8];

    Idct(int precision) {
        pass1Bits = precision <= 8 ? 2 : 1;
        center = 1 << (precision - 1);
        max = (1 << precision) - 1;
    }

    /**
     * Transforms one block of quantized coefficients (natural order) with its quantization table and writes the
     * level-shifted, clamped samples to {@code out} at {@code offset} with row stride {@code stride}.
     */
    void transform(int[] coef, int[] quant, short[] out, int offset, int stride) {
        int[] ws = work;
        for (int c = 0; c < 8; c++) {
            if (coef[8 + c] == 0 && coef[16 + c] == 0 && coef[24 + c] == 0 && coef[32 + c] == 0
                    && coef[40 + c] == 0 && coef[48 + c] == 0 && coef[56 + c] == 0) {
                int dc = (int) (((long) coef[c] * quant[c]) << pass1Bits);
                for (int r = 0; r < 64; r += 8) {
                    ws[r + c] = dc;
                }
                continue;
            }
            int shift = CONST_BITS - pass1Bits;
            column((long) coef[c] * quant[c], (long) coef[8 + c] * quant[8 + c],
                    (long) coef[16 + c] * quant[16 + c], (long) coef[24 + c] * quant[24 + c],
                    (long) coef[32 + c] * quant[32 + c], (long) coef[40 + c] * quant[40 + c],
                    (long) coef[48 + c] * quant[48 + c], (long) coef[56 + c] * quant[56 + c], ws, c, 8, shift,
                    1 << (shift - 1));
        }
        int shift = CONST_BITS + pass1Bits + 3;
        int round = 1 << (shift - 1);
        for (int r = 0; r < 64; r += 8) {
            column(ws[r], ws[r + 1], ws[r + 2], ws[r + 3], ws[r + 4], ws[r + 5], ws[r + 6], ws[r + 7], row, 0, 1,
                    shift, round);
            int o = offset + (r >> 3) * stride;
            for (int i = 0; i < 8; i++) {
                int v = row[i] + center;
                out[o + i] = (short) (v < 0 ? 0 : v > max ? max : v);
            }
        }
    }

    /**
     * One 8-point 1-D pass (the body shared by both passes of jidctint.c); results descaled by {@code shift}. The
     * products are 64-bit, as in the IJG library on 64-bit systems, so that extreme coefficients cannot overflow.
     */
    private static void column(long in0, long in1, long in2, long in3, long in4, long in5, long in6, long in7,
            int[] out, int at, int step, int shift, int round) {
        long z1 = (in2 + in6) * FIX_0_541196100;
        long tmp2 = z1 - in6 * FIX_1_847759065;
        long tmp3 = z1 + in2 * FIX_0_765366865;
        long tmp0 = (in0 + in4) << CONST_BITS;
        long tmp1 = (in0 - in4) << CONST_BITS;
        long tmp10 = tmp0 + tmp3;
        long tmp13 = tmp0 - tmp3;
        long tmp11 = tmp1 + tmp2;
        long tmp12 = tmp1 - tmp2;

        tmp0 = in7;
        tmp1 = in5;
        tmp2 = in3;
        tmp3 = in1;
        z1 = tmp0 + tmp3;
        long z2 = tmp1 + tmp2;
        long z3 = tmp0 + tmp2;
        long z4 = tmp1 + tmp3;
        long z5 = (z3 + z4) * FIX_1_175875602;
        tmp0 *= FIX_0_298631336;
        tmp1 *= FIX_2_053119869;
        tmp2 *= FIX_3_072711026;
        tmp3 *= FIX_1_501321110;
        z1 *= -FIX_0_899976223;
        z2 *= -FIX_2_562915447;
        z3 = z3 * -FIX_1_961570560 + z5;
        z4 = z4 * -FIX_0_390180644 + z5;
        tmp0 += z1 + z3;
        tmp1 += z2 + z4;
        tmp2 += z2 + z3;
        tmp3 += z1 + z4;

        out[at] = (int) ((tmp10 + tmp3 + round) >> shift);
        out[at + 7 * step] = (int) ((tmp10 - tmp3 + round) >> shift);
        out[at + step] = (int) ((tmp11 + tmp2 + round) >> shift);
        out[at + 6 * step] = (int) ((tmp11 - tmp2 + round) >> shift);
        out[at + 2 * step] = (int) ((tmp12 + tmp1 + round) >> shift);
        out[at + 5 * step] = (int) ((tmp12 - tmp1 + round) >> shift);
        out[at + 3 * step] = (int) ((tmp13 + tmp0 + round) >> shift);
        out[at + 4 * step] = (int) ((tmp13 - tmp0 + round) >> shift);
    }
}
