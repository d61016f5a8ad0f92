package org.glimpse.codec.internal.jpeg;

/**
 * Component planes to interleaved samples at full frame size: subsampled components are replicated (T.81
 * leaves upsampling to the application), and YCbCr becomes RGB with the JFIF equations in the IJG library's
 * 16-bit fixed point (jdcolor.c) when DICOM says the samples are YBR, as dcmtk's decoder does by default.
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
            for (int x = 0; x < columns; x++) {
                xs[x] = x / fx;
            }
            short[] plane = k.plane;
            int o = c;
            for (int y = 0; y < rows; y++) {
                int row = (y / fy) * k.stride;
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
