package org.glimpse.server.data.j2k;

import java.util.List;

/**
 * Finds, by reading every packet header (T.800 B.9-B.10, with the HT code-block length rule of T.814),
 * the byte offset at which each resolution level of a resolution-major codestream is complete.
 *
 * <p>Supported: one tile, one component, one layer, one precinct per resolution, no bypass or per-pass
 * termination (what {@code ojph_compress} and {@code opj_compress -TP R} write for the sample data). The
 * packets must end exactly where the tile data ends, which is checked: a misread header cannot go unnoticed.
 */
public final class ResolutionLevels {
    private static final int[][] BANDS_LOW = {{0, 0}};
    private static final int[][] BANDS_HIGH = {{1, 0}, {0, 1}, {1, 1}};

    private ResolutionLevels() {
    }

    /**
     * Offsets, index r = resolution level (0 = lowest), where the codestream prefix holds every packet of
     * levels 0..r; the last entry is the codestream length (EOC included).
     */
    public static long[] levelEnds(byte[] cs) throws CodestreamException {
        Codestream c = Codestream.parse(cs);
        if ((c.codeBlockStyle() & 0x05) != 0) {
            throw new CodestreamException("code-block style 0x" + Integer.toHexString(c.codeBlockStyle())
                    + " uses bypass or per-pass termination, which this reader does not support");
        }
        List<Codestream.TilePart> parts = c.tileParts();
        int partIndex = 0;
        int pos = parts.get(0).dataStart();
        long[] ends = new long[c.decompositions() + 1];
        for (int r = 0; r <= c.decompositions(); r++) {
            while (pos == parts.get(partIndex).end() && partIndex + 1 < parts.size()) {
                partIndex++;
                pos = parts.get(partIndex).dataStart();
            }
            int limit = parts.get(partIndex).end();
            pos = readPacket(cs, c, r, pos, limit);
            if (pos > limit) {
                throw new CodestreamException("packet of resolution " + r + " ends at offset " + pos
                        + ", past its tile-part's end " + limit);
            }
            ends[r] = pos;
        }
        int tileDataEnd = parts.get(parts.size() - 1).end();
        if (pos != tileDataEnd || partIndex != parts.size() - 1) {
            throw new CodestreamException("packets end at offset " + pos + " but the tile data ends at "
                    + tileDataEnd + " (tile-part " + partIndex + " of " + parts.size() + ")");
        }
        ends[c.decompositions()] = cs.length;
        return ends;
    }

    private static int readPacket(byte[] cs, Codestream c, int r, int pos, int limit) throws CodestreamException {
        if (c.sop() && pos + 6 <= limit && Codestream.u16(cs, pos) == Marker.SOP) {
            pos += 6;
        }
        int[] pp = c.precinctExponents()[r];
        int scale = c.decompositions() - r;
        long resWidth = ceilShift(c.width(), scale);
        long resHeight = ceilShift(c.height(), scale);
        if (resWidth > (1L << pp[0]) || resHeight > (1L << pp[1])) {
            throw new CodestreamException("resolution " + r + " (" + resWidth + "x" + resHeight
                    + ") has more than one precinct (PPx=" + pp[0] + ", PPy=" + pp[1] + ")");
        }
        int xcb = Math.min(c.codeBlockWidthExponent(), r > 0 ? pp[0] - 1 : pp[0]);
        int ycb = Math.min(c.codeBlockHeightExponent(), r > 0 ? pp[1] - 1 : pp[1]);
        BitReader in = new BitReader(cs, pos, limit);
        long body = 0;
        if (in.bit() == 1) {
            int level = r == 0 ? c.decompositions() : c.decompositions() - r + 1;
            for (int[] band : r == 0 ? BANDS_LOW : BANDS_HIGH) {
                long bandWidth = bandExtent(c.width(), level, band[0]);
                long bandHeight = bandExtent(c.height(), level, band[1]);
                if (bandWidth == 0 || bandHeight == 0) {
                    continue;
                }
                body += readBand(in, c.ht(), (int) ceilShift(bandWidth, xcb), (int) ceilShift(bandHeight, ycb));
            }
        }
        pos = in.align();
        if (c.eph()) {
            if (pos + 2 > limit || Codestream.u16(cs, pos) != Marker.EPH) {
                throw new CodestreamException("COD signals EPH but none follows the header of resolution " + r
                        + " at offset " + pos);
            }
            pos += 2;
        }
        return Math.toIntExact(pos + body);
    }

    private static long readBand(BitReader in, boolean ht, int columns, int rows) throws CodestreamException {
        TagTree inclusion = new TagTree(columns, rows);
        TagTree zeroBitPlanes = new TagTree(columns, rows);
        long body = 0;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < columns; x++) {
                if (!inclusion.decode(in, x, y, 1)) {
                    continue;
                }
                int threshold = 1;
                while (!zeroBitPlanes.decode(in, x, y, threshold)) {
                    threshold++;
                }
                int passes = readPassCount(in);
                int lblock = 3;
                while (in.bit() == 1) {
                    lblock++;
                }
                if (ht) {
                    body += in.bits(lblock);
                    if (passes > 1) {
                        body += in.bits(lblock + floorLog2(passes - 1));
                    }
                } else {
                    body += in.bits(lblock + floorLog2(passes));
                }
            }
        }
        return body;
    }

    /** Number of coding passes, T.800 Table B.4. */
    private static int readPassCount(BitReader in) throws CodestreamException {
        if (in.bit() == 0) {
            return 1;
        }
        if (in.bit() == 0) {
            return 2;
        }
        int n = in.bits(2);
        if (n != 3) {
            return 3 + n;
        }
        n = in.bits(5);
        if (n != 31) {
            return 6 + n;
        }
        return 37 + in.bits(7);
    }

    /** Width of a subband at decomposition level {@code level}, offset {@code o} (0 low, 1 high), T.800 B-15. */
    private static long bandExtent(long size, int level, int o) {
        long shifted = size - ((long) o << (level - 1));
        return Math.max(0, ceilShift(shifted, level));
    }

    private static long ceilShift(long value, int shift) {
        return value <= 0 ? 0 : (value + (1L << shift) - 1) >> shift;
    }

    private static int floorLog2(int v) {
        return 31 - Integer.numberOfLeadingZeros(v);
    }
}
