package org.glimpse.codec.internal.j2k;

/**
 * Coding style of one component, from COD (T.800 A.6.1) or COC (A.6.2).
 *
 * @param scod Scod/Scoc flags: bit 0 user precincts, bit 1 SOP markers, bit 2 EPH markers
 * @param progressionOrder 0 LRCP, 1 RLCP, 2 RPCL, 3 PCRL, 4 CPRL (from COD only)
 * @param layers number of quality layers (from COD only)
 * @param decompositions NL
 * @param xcb code-block width exponent (2..10)
 * @param ycb code-block height exponent (2..10)
 * @param codeBlockStyle SPcod code-block style; 0x40 = HT (Part 15)
 * @param precincts per resolution level: PPx in bits 0-3, PPy in bits 4-7
 */
public record CodingStyle(int scod, int progressionOrder, int layers, int multipleComponentTransform,
        int decompositions, int xcb, int ycb, int codeBlockStyle, int transform, int[] precincts) {

    static final int BYPASS = 0x01;
    static final int TERMALL = 0x04;
    static final int HT = 0x40;
    private static final String[] ORDERS = {"LRCP", "RLCP", "RPCL", "PCRL", "CPRL"};

    public CodingStyle {
        precincts = precincts.clone();
    }

    public boolean ht() {
        return (codeBlockStyle & HT) != 0;
    }

    public boolean sopMarkers() {
        return (scod & 0x02) != 0;
    }

    public boolean ephMarkers() {
        return (scod & 0x04) != 0;
    }

    public int ppx(int resolution) {
        return precincts[resolution] & 0x0F;
    }

    public int ppy(int resolution) {
        return (precincts[resolution] >> 4) & 0x0F;
    }

    public String progressionName() {
        return ORDERS[progressionOrder];
    }

    /** The same component style with the progression and layers of a COD. */
    CodingStyle withOrder(int order, int numLayers) {
        return new CodingStyle(scod, order, numLayers, multipleComponentTransform, decompositions, xcb, ycb,
                codeBlockStyle, transform, precincts);
    }

    /** Reads COD after its marker. */
    static CodingStyle readCod(ByteCursor in) throws CodestreamException {
        int start = in.position();
        int lcod = in.u16();
        int end = start + lcod;
        int scod = in.u8();
        int order = in.u8();
        int layers = in.u16();
        int mct = in.u8();
        if (order > 4) {
            throw CodestreamException.at(start, "COD progression order " + order + " outside [0, 4]");
        }
        if (layers < 1) {
            throw CodestreamException.at(start, "COD number of layers is 0");
        }
        CodingStyle s = readComponentPart(in, scod, order, layers, mct, start, "COD");
        in.seek(end);
        return s;
    }

    /** Reads COC after its marker; returns the component index in {@code componentOut[0]}. */
    static CodingStyle readCoc(ByteCursor in, int components, CodingStyle cod, int[] componentOut)
            throws CodestreamException {
        int start = in.position();
        int lcoc = in.u16();
        int end = start + lcoc;
        int c = components < 257 ? in.u8() : in.u16();
        if (c >= components) {
            throw CodestreamException.at(start, "COC component " + c + " ≥ Csiz " + components);
        }
        int scoc = in.u8();
        int scod = (cod.scod & ~1) | (scoc & 1);
        CodingStyle s = readComponentPart(in, scod, cod.progressionOrder, cod.layers,
                cod.multipleComponentTransform, start, "COC");
        in.seek(end);
        componentOut[0] = c;
        return s;
    }

    private static CodingStyle readComponentPart(ByteCursor in, int scod, int order, int layers, int mct, int start,
            String marker) throws CodestreamException {
        int nl = in.u8();
        int xcb = in.u8() + 2;
        int ycb = in.u8() + 2;
        int style = in.u8();
        int transform = in.u8();
        if (transform > 1) {
            // Part 2 kernels; OpenJPH 0.9.0 crashes on them, OpenJPEG does not decode them
            throw CodestreamException.at(start, marker + " wavelet transform " + transform
                    + " is neither 9-7 irreversible (0) nor 5-3 reversible (1)");
        }
        if (nl > 32) {
            throw CodestreamException.at(start, marker + " decomposition levels " + nl + " above 32");
        }
        if (xcb > 10 || ycb > 10 || xcb + ycb > 12) {
            throw CodestreamException.at(start, marker + " code-block size 2^" + xcb + "×2^" + ycb
                    + " outside the limits (each ≤ 2^10, area ≤ 2^12)");
        }
        int[] precincts = new int[nl + 1];
        for (int r = 0; r <= nl; r++) {
            if ((scod & 1) != 0) {
                precincts[r] = in.u8();
                if (r > 0 && ((precincts[r] & 0x0F) == 0 || (precincts[r] & 0xF0) == 0)) {
                    throw CodestreamException.at(start, marker + " precinct exponent 0 at resolution " + r);
                }
            } else {
                precincts[r] = 0xFF;
            }
        }
        return new CodingStyle(scod, order, layers, mct, nl, xcb, ycb, style, transform, precincts);
    }
}
