package org.glimpse.server.data.j2k;

import java.util.ArrayList;
import java.util.List;

/**
 * The marker structure of a JPEG 2000 / HTJ2K codestream (T.800 Annex A): the main header fields the
 * packet reader needs and the position of every tile-part. Only what the sample data uses is supported:
 * one tile, one component, one quality layer.
 *
 * @param width          Xsiz − XOsiz
 * @param height         Ysiz − YOsiz
 * @param decompositions COD SPcod number of decomposition levels
 * @param codeBlockWidthExponent  log2 of the code-block width (xcb + 2)
 * @param codeBlockHeightExponent log2 of the code-block height (ycb + 2)
 * @param codeBlockStyle COD SPcod code-block style (0x40 = HT code-blocks)
 * @param precinctExponents per resolution {PPx, PPy}; 15 when COD signals default precincts
 * @param sop            whether packets may start with SOP markers
 * @param eph            whether packet headers end with EPH markers
 * @param mainHeaderEnd  offset of the first SOT
 * @param tileParts      every tile-part in codestream order
 * @param hasTlm         whether the main header carries a TLM marker
 */
public record Codestream(int width, int height, int decompositions, int codeBlockWidthExponent,
        int codeBlockHeightExponent, int codeBlockStyle, int[][] precinctExponents, boolean sop, boolean eph,
        int mainHeaderEnd, List<TilePart> tileParts, boolean hasTlm) {

    /**
     * One tile-part.
     *
     * @param start   offset of its SOT marker
     * @param dataStart offset just after its SOD marker
     * @param end     offset just past its last byte (start + Psot)
     */
    public record TilePart(int start, int dataStart, int end) {
    }

    /** Whether code-blocks are HT (Part 15) code-blocks. */
    public boolean ht() {
        return (codeBlockStyle & 0x40) != 0;
    }

    /** Reads the markers of {@code cs}; fails with the offset and marker of the first thing it cannot use. */
    public static Codestream parse(byte[] cs) throws CodestreamException {
        if (cs.length < 4 || u16(cs, 0) != Marker.SOC) {
            throw new CodestreamException("not a JPEG 2000 codestream: no SOC marker (FF4F) at offset 0");
        }
        int pos = 2;
        int width = -1;
        int height = -1;
        int decompositions = -1;
        int xcb = 0;
        int ycb = 0;
        int style = 0;
        int[][] precincts = null;
        boolean sop = false;
        boolean eph = false;
        boolean tlm = false;
        while (true) {
            requireAvailable(cs, pos, 4, "main header marker");
            int marker = u16(cs, pos);
            if (marker == Marker.SOT) {
                break;
            }
            int length = u16(cs, pos + 2);
            requireAvailable(cs, pos + 2, length, "marker segment " + hex(marker));
            int body = pos + 4;
            switch (marker) {
                case Marker.SIZ -> {
                    int xsiz = s32(cs, body + 2);
                    int ysiz = s32(cs, body + 6);
                    int xosiz = s32(cs, body + 10);
                    int yosiz = s32(cs, body + 14);
                    int xtsiz = s32(cs, body + 18);
                    int ytsiz = s32(cs, body + 22);
                    int components = u16(cs, body + 34);
                    width = xsiz - xosiz;
                    height = ysiz - yosiz;
                    if (xosiz != 0 || yosiz != 0 || xtsiz < xsiz || ytsiz < ysiz || s32(cs, body + 26) != 0
                            || s32(cs, body + 30) != 0) {
                        throw new CodestreamException("SIZ at offset " + pos + ": only one tile at offset 0 is "
                                + "supported (Xsiz=" + xsiz + ", XTsiz=" + xtsiz + ", XOsiz=" + xosiz + ")");
                    }
                    if (components != 1) {
                        throw new CodestreamException("SIZ at offset " + pos + ": Csiz=" + components
                                + ", only one component is supported");
                    }
                }
                case Marker.COD -> {
                    int scod = cs[body] & 0xFF;
                    int layers = u16(cs, body + 2);
                    if (layers != 1) {
                        throw new CodestreamException("COD at offset " + pos + ": " + layers
                                + " quality layers, only one is supported");
                    }
                    decompositions = cs[body + 5] & 0xFF;
                    xcb = (cs[body + 6] & 0xFF) + 2;
                    ycb = (cs[body + 7] & 0xFF) + 2;
                    style = cs[body + 8] & 0xFF;
                    sop = (scod & 0x02) != 0;
                    eph = (scod & 0x04) != 0;
                    precincts = new int[decompositions + 1][];
                    for (int r = 0; r <= decompositions; r++) {
                        int pp = (scod & 0x01) != 0 ? cs[body + 10 + r] & 0xFF : 0xFF;
                        precincts[r] = new int[] {pp & 0x0F, pp >> 4};
                    }
                }
                case Marker.COC -> throw new CodestreamException("COC at offset " + pos + " is not supported");
                case Marker.TLM -> tlm = true;
                default -> {
                    // QCD, CAP, COM and the like do not change packet structure.
                }
            }
            pos += 2 + length;
        }
        if (width <= 0 || decompositions < 0) {
            throw new CodestreamException("main header ends at offset " + pos + " without SIZ and COD");
        }
        int mainHeaderEnd = pos;
        List<TilePart> parts = new ArrayList<>();
        while (pos + 2 <= cs.length && u16(cs, pos) == Marker.SOT) {
            requireAvailable(cs, pos, 12, "SOT");
            int isot = u16(cs, pos + 4);
            long psot = s32(cs, pos + 6) & 0xFFFFFFFFL;
            if (isot != 0) {
                throw new CodestreamException("SOT at offset " + pos + ": tile " + isot + ", only tile 0 exists");
            }
            int end = psot == 0 ? findEoc(cs) : (int) Math.min(pos + psot, Integer.MAX_VALUE);
            if (end > cs.length) {
                throw new CodestreamException("SOT at offset " + pos + ": Psot=" + psot + " runs past the end ("
                        + cs.length + " bytes)");
            }
            int p = pos + 12;
            while (u16(cs, p) != Marker.SOD) {
                if ((u16(cs, p) & 0xFF00) != 0xFF00) {
                    throw new CodestreamException("tile-part header at offset " + p + ": expected a marker, found "
                            + hex(u16(cs, p)));
                }
                p += 2 + u16(cs, p + 2);
                requireAvailable(cs, p, 2, "tile-part header");
            }
            parts.add(new TilePart(pos, p + 2, end));
            pos = end;
        }
        if (parts.isEmpty()) {
            throw new CodestreamException("no tile-part (SOT) after the main header at offset " + mainHeaderEnd);
        }
        return new Codestream(width, height, decompositions, xcb, ycb, style, precincts, sop, eph, mainHeaderEnd,
                List.copyOf(parts), tlm);
    }

    private static int findEoc(byte[] cs) throws CodestreamException {
        if (cs.length >= 2 && u16(cs, cs.length - 2) == Marker.EOC) {
            return cs.length - 2;
        }
        throw new CodestreamException("SOT with Psot=0 but the codestream does not end with EOC");
    }

    private static void requireAvailable(byte[] cs, int pos, int length, String what) throws CodestreamException {
        if (pos < 0 || length < 0 || pos + length > cs.length) {
            throw new CodestreamException(what + " at offset " + pos + " needs " + length
                    + " bytes, codestream has " + cs.length);
        }
    }

    static int u16(byte[] b, int pos) {
        return ((b[pos] & 0xFF) << 8) | (b[pos + 1] & 0xFF);
    }

    static int s32(byte[] b, int pos) {
        return ((b[pos] & 0xFF) << 24) | ((b[pos + 1] & 0xFF) << 16) | ((b[pos + 2] & 0xFF) << 8) | (b[pos + 3] & 0xFF);
    }

    static String hex(int marker) {
        return String.format("%04X", marker);
    }
}
