package org.glimpse.codec.internal.jpegls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.codec.internal.core.DecodedPixels;
import org.glimpse.codec.internal.testing.Pixels;
import org.glimpse.fixtures.CharlsReference;
import org.glimpse.fixtures.CharlsReference.Options;
import org.glimpse.fixtures.Encoders;
import org.junit.jupiter.api.Test;

/** Every sample of the Java decoder equals CharLS's decode of the same CharLS-encoded frame. */
class CharlsComparisonTest {
    private static final CharlsReference CHARLS = new CharlsReference();

    @Test
    void generatedImagesDecodeAsCharlsDecodesThem() throws Exception {
        Random r = new Random(14495);
        for (int i = 0; i < 400; i++) {
            int bits = 2 + r.nextInt(15);
            int comps = r.nextInt(3) == 0 ? 3 : 1;
            int w = 1 + r.nextInt(r.nextBoolean() ? 8 : 90);
            int h = 1 + r.nextInt(r.nextBoolean() ? 8 : 70);
            int maxVal = (1 << bits) - 1;
            int near = r.nextInt(3) == 0 ? 0 : r.nextInt(Math.min(255, maxVal / 2) + 1);
            near = Math.min(near, r.nextBoolean() ? 3 : 255);
            int ilv = comps == 1 ? CharlsReference.NONE : r.nextInt(3);
            Options o = new Options(near, ilv, 0, 0, 0, 0);
            if (r.nextInt(4) == 0) {
                int t1 = near + 1 + r.nextInt(Math.max(1, Math.min(maxVal - near, 40)));
                int t2 = Math.min(maxVal, t1 + r.nextInt(20));
                int t3 = Math.min(maxVal, t2 + r.nextInt(60));
                // CharLS 2.4.1 codes a sample-interleaved scan with a RESET of its own through its
                // single-component path and corrupts its heap: only the other modes get one
                int reset = ilv == CharlsReference.SAMPLE ? 0 : 3 + r.nextInt(200);
                o = new Options(near, ilv, Math.min(t1, maxVal), t2, t3, reset);
            }
            int[] v = image(r, w, h, comps, maxVal);
            String what = w + "×" + h + "×" + comps + " " + bits + "-bit " + o;
            compare(v, w, h, comps, bits, o, what);
        }
    }

    @Test
    void phantomFramesAt8And12And16BitsLosslessAndNearLossless() throws Exception {
        for (int bits : new int[] {8, 12, 16}) {
            int[] v = Encoders.phantom(300, 260, bits, 5);
            for (int near : new int[] {0, 2}) {
                compare(v, 300, 260, 1, bits, new Options(near, CharlsReference.NONE, 0, 0, 0, 0),
                        "phantom " + bits + "-bit NEAR " + near);
            }
        }
    }

    @Test
    void colourInEveryInterleaveMode() throws Exception {
        int[] grey = Encoders.phantom(120, 90, 8, 9);
        int[] rgb = new int[grey.length * 3];
        for (int i = 0; i < grey.length; i++) {
            rgb[3 * i] = grey[i];
            rgb[3 * i + 1] = (grey[i] * 3 + i) & 0xFF;
            rgb[3 * i + 2] = 255 - grey[i];
        }
        for (int ilv = 0; ilv <= 2; ilv++) {
            for (int near : new int[] {0, 3}) {
                compare(rgb, 120, 90, 3, 8, new Options(near, ilv, 0, 0, 0, 0), "RGB ILV " + ilv + " NEAR " + near);
            }
        }
    }

    static void compare(int[] v, int w, int h, int comps, int bits, Options o, String what) throws Exception {
        byte[] jls = CHARLS.encode(v, w, h, comps, bits, o);
        int[] expected = CHARLS.decode(jls);
        PixelDescriptor px = new PixelDescriptor(h, w, comps, bits > 8 ? 16 : 8, bits, 0,
                comps == 3 ? "RGB" : "MONOCHROME2", 0);
        DecodedPixels got;
        try {
            got = JpegLsCodec.decode(jls, jls.length, px, false, null);
        } catch (Exception e) {
            throw new AssertionError(what + ": " + e, e);
        }
        int[] g = Pixels.values(got.pixels());
        assertEquals(expected.length, g.length, what);
        for (int i = 0; i < g.length; i++) {
            if (g[i] != expected[i]) {
                fail(what + ": sample " + i + " (x " + (i / comps % w) + ", y " + (i / comps / w) + ", c "
                        + (i % comps) + ") is " + g[i] + ", CharLS gives " + expected[i]);
            }
        }
    }

    /** Noise, flat patches (run mode), ramps and edges, in random rectangles. */
    static int[] image(Random r, int w, int h, int comps, int maxVal) {
        int[] v = new int[w * h * comps];
        int base = r.nextInt(maxVal + 1);
        for (int i = 0; i < v.length; i++) {
            v[i] = base;
        }
        int patches = 1 + r.nextInt(6);
        for (int p = 0; p < patches; p++) {
            int x0 = r.nextInt(w);
            int y0 = r.nextInt(h);
            int x1 = x0 + 1 + r.nextInt(w - x0);
            int y1 = y0 + 1 + r.nextInt(h - y0);
            int kind = r.nextInt(4);
            int level = r.nextInt(maxVal + 1);
            int amp = 1 + r.nextInt(Math.max(1, r.nextBoolean() ? 4 : maxVal));
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    for (int c = 0; c < comps; c++) {
                        int s = switch (kind) {
                            case 0 -> level;
                            case 1 -> level + r.nextInt(amp) - amp / 2;
                            case 2 -> level + (x - x0) * amp / Math.max(1, w) + c;
                            default -> r.nextInt(maxVal + 1);
                        };
                        v[(y * w + x) * comps + c] = Math.max(0, Math.min(maxVal, s));
                    }
                }
            }
        }
        return v;
    }
}
