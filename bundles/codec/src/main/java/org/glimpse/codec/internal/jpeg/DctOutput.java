package org.glimpse.codec.internal.jpeg;

/**
 * Component planes to interleaved samples at full frame size. T.81 leaves upsampling to the application: as the
 * IJG library that dcmtk and the JDK use does by default, components at half horizontal resolution (4:2:2, 4:2:0)
 * are interpolated with its triangle filter ("fancy upsampling", jdsample.c), other ratios replicated. YCbCr
 * becomes RGB with the JFIF equations in the library's 16-bit fixed point (jdcolor.c) when DICOM says the
 * samples are YBR, as dcmtk's decoder does by default.
 */
final class DctOutput {
    private static final int SCALE_BITS = 16;
    private static final int ONE_HALF = 1 << (SCALE_BITS - 1);
    private static final int CR_R = fix(1.40200);
    private static final int CB_B = fix(1.77200);
    private static final int CR_G = fix(0.71414);
    private static final int CB_G = fix(0.34414);

    private DctOutput() {
    }

    static int[] samples(DctComponent[] comps, int columns, int rows, int hMax, int vMax, int precision,
            boolean ycbcr) {
        int s = comps.length;
        int[] out = new int[columns * rows * s];
        int[] xs = new int[columns];
        for (int c = 0; c < s; c++) {
            DctComponent k = comps[c];
            int fx = hMax / k.h;
            int fy = vMax / k.v;
            short[] plane = k.plane;
            int stride = k.stride;
            if (fx == 2 && fy <= 2 && k.width > 1) {
                plane = fy == 1 ? h2v1(k) : h2v2(k);
                stride = 2 * k.width;
                fx = 1;
                fy = 1;
            }
            for (int x = 0; x < columns; x++) {
                xs[x] = x / fx;
            }
            int o = c;
            for (int y = 0; y < rows; y++) {
                int row = (y / fy) * stride;
                for (int x = 0; x < columns; x++) {
                    out[o] = plane[row + xs[x]];
                    o += s;
                }
            }
        }
        if (ycbcr && s == 3) {
            toRgb(out, precision);
        }
        return out;
    }

    /** jdsample.c h2v1_fancy_upsample: each output sample is 3/4 of the nearer and 1/4 of the farther input. */
    private static short[] h2v1(DctComponent k) {
        int w = k.width;
        short[] out = new short[2 * w * k.height];
        for (int y = 0; y < k.height; y++) {
            int in = y * k.stride;
            int o = y * 2 * w;
            short[] p = k.plane;
            out[o] = p[in];
            out[o + 1] = (short) ((p[in] * 3 + p[in + 1] + 2) >> 2);
            for (int x = 1; x < w - 1; x++) {
                int v = p[in + x] * 3;
                out[o + 2 * x] = (short) ((v + p[in + x - 1] + 1) >> 2);
                out[o + 2 * x + 1] = (short) ((v + p[in + x + 1] + 2) >> 2);
            }
            out[o + 2 * w - 2] = (short) ((p[in + w - 1] * 3 + p[in + w - 2] + 1) >> 2);
            out[o + 2 * w - 1] = p[in + w - 1];
        }
        return out;
    }

    /**
     * jdsample.c h2v2_fancy_upsample: the triangle filter in both directions, with the nearer of the rows above
     * and below; the first and last rows of the component stand in for the rows beyond them.
     */
    private static short[] h2v2(DctComponent k) {
        int w = k.width;
        int h = k.height;
        short[] p = k.plane;
        short[] out = new short[2 * w * 2 * h];
        int[] sum = new int[w];
        for (int y = 0; y < 2 * h; y++) {
            int near = (y >> 1) * k.stride;
            int far = ((y & 1) == 0 ? Math.max((y >> 1) - 1, 0) : Math.min((y >> 1) + 1, h - 1)) * k.stride;
            for (int x = 0; x < w; x++) {
                sum[x] = p[near + x] * 3 + p[far + x];
            }
            int o = y * 2 * w;
            out[o] = (short) ((sum[0] * 4 + 8) >> 4);
            out[o + 1] = (short) ((sum[0] * 3 + sum[1] + 7) >> 4);
            for (int x = 1; x < w - 1; x++) {
                out[o + 2 * x] = (short) ((sum[x] * 3 + sum[x - 1] + 8) >> 4);
                out[o + 2 * x + 1] = (short) ((sum[x] * 3 + sum[x + 1] + 7) >> 4);
            }
            out[o + 2 * w - 2] = (short) ((sum[w - 1] * 3 + sum[w - 2] + 8) >> 4);
            out[o + 2 * w - 1] = (short) ((sum[w - 1] * 4 + 7) >> 4);
        }
        return out;
    }

    private static void toRgb(int[] v, int precision) {
        int center = 1 << (precision - 1);
        int max = (1 << precision) - 1;
        for (int i = 0; i + 2 < v.length; i += 3) {
            int y = v[i];
            int cb = v[i + 1] - center;
            int cr = v[i + 2] - center;
            v[i] = clamp(y + ((CR_R * cr + ONE_HALF) >> SCALE_BITS), max);
            v[i + 1] = clamp(y + ((-CB_G * cb - CR_G * cr + ONE_HALF) >> SCALE_BITS), max);
            v[i + 2] = clamp(y + ((CB_B * cb + ONE_HALF) >> SCALE_BITS), max);
        }
    }

    private static int clamp(int v, int max) {
        return v < 0 ? 0 : v > max ? max : v;
    }

    private static int fix(double x) {
        return (int) (x * (1 << SCALE_BITS) + 0.5);
    }
}
