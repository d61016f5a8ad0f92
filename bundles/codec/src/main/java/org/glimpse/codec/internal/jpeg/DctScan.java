package org.glimpse.codec.internal.jpeg;

import java.util.Arrays;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.codec.internal.core.Cancellation;
import org.glimpse.codec.internal.core.CodecException;

/**
 * The entropy-coded data of one sequential DCT scan with Huffman coding (T.81 F.2.2): MCUs in raster order, the
 * blocks of each component in an MCU (interleaved) or one block per MCU (a single-component scan, A.2.2), DC
 * prediction reset at each restart interval. Every block read consumes at least two bits, so the work is bounded
 * by the bytes held and by the frame size checked against DICOM.
 */
final class DctScan {
    /** Zig-zag position k → natural (row-major) index (T.81 Figure A.6). */
    static final int[] NATURAL = {0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48,
        41, 34, 27, 20, 13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59,
        52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63};

    private final DctComponent[] comps;
    private final HuffmanTable[] dc;
    private final HuffmanTable[] ac;
    private final int[][] quant;
    private final Idct idct;
    private final int[] pred;
    private final int[] coef = new int[64];

    DctScan(DctComponent[] comps, HuffmanTable[] dc, HuffmanTable[] ac, int[][] quant, Idct idct) {
        this.comps = comps;
        this.dc = dc;
        this.ac = ac;
        this.quant = quant;
        this.idct = idct;
        this.pred = new int[comps.length];
    }

    /** Decodes every MCU of the scan; {@code mcusX × mcusY} is the frame's MCU grid for interleaved scans. */
    void run(LosslessBits bits, int mcusX, int mcusY, int restart, Cancellation cancel) throws CodecException {
        boolean interleaved = comps.length > 1;
        int mx = interleaved ? mcusX : comps[0].blocksX();
        int my = interleaved ? mcusY : comps[0].blocksY();
        int untilRestart = restart;
        int rst = 0;
        for (int y = 0; y < my; y++) {
            cancel.check("JPEG", "rows of blocks", y, my);
            for (int x = 0; x < mx; x++) {
                if (restart > 0) {
                    if (untilRestart == 0) {
                        bits.restart(rst);
                        rst = (rst + 1) & 7;
                        Arrays.fill(pred, 0);
                        untilRestart = restart;
                    }
                    untilRestart--;
                }
                if (!interleaved) {
                    DctComponent c = comps[0];
                    block(bits, 0, c, y * 8 * c.stride + x * 8);
                    continue;
                }
                for (int i = 0; i < comps.length; i++) {
                    DctComponent c = comps[i];
                    for (int v = 0; v < c.v; v++) {
                        for (int h = 0; h < c.h; h++) {
                            block(bits, i, c, ((y * c.v + v) * c.stride + x * c.h + h) * 8);
                        }
                    }
                }
            }
        }
    }

    /** One 8×8 block (T.81 F.2.2.1 DC difference, F.2.2.2 AC run/size), inverse-transformed into its plane. */
    private void block(LosslessBits bits, int i, DctComponent c, int offset) throws CodecException {
        int[] z = coef;
        Arrays.fill(z, 0);
        int t = dc[i].decode(bits);
        if (t > 15) {
            throw new CodecException(Kind.MALFORMED, "JPEG DC difference category " + t + " (at most 15) at byte "
                    + bits.position());
        }
        if (t > 0) {
            pred[i] += extend(bits.bits(t), t);
        }
        z[0] = pred[i];
        HuffmanTable table = ac[i];
        for (int k = 1; k < 64; k++) {
            int rs = table.decode(bits);
            int s = rs & 0x0F;
            int r = rs >> 4;
            if (s == 0) {
                if (r != 15) {
                    break;
                }
                k += 15;
                continue;
            }
            k += r;
            if (k > 63) {
                throw new CodecException(Kind.MALFORMED, "JPEG AC coefficient run past position 63 at byte "
                        + bits.position());
            }
            z[NATURAL[k]] = extend(bits.bits(s), s);
        }
        idct.transform(z, quant[i], c.plane, offset, c.stride);
    }

    /** T.81 F.2.2.1 EXTEND: the s-bit magnitude v as a signed difference. */
    private static int extend(int v, int s) {
        return v < (1 << (s - 1)) ? v - (1 << s) + 1 : v;
    }
}
