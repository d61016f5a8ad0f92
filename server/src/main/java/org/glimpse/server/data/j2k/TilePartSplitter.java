package org.glimpse.server.data.j2k;

import java.io.ByteArrayOutputStream;

/**
 * Rewrites a single-tile, resolution-major codestream into one tile-part per resolution level with a TLM
 * marker (T.800 A.7.1) in the main header, so that a client can find each level's end from the main
 * header alone. The packets are copied unchanged.
 */
public final class TilePartSplitter {
    private TilePartSplitter() {
    }

    /**
     * @param cs        the codestream, one tile-part
     * @param levelEnds from {@link ResolutionLevels#levelEnds(byte[])} of {@code cs}
     */
    public static byte[] splitByResolution(byte[] cs, long[] levelEnds) throws CodestreamException {
        Codestream c = Codestream.parse(cs);
        if (c.tileParts().size() != 1 || c.hasTlm()) {
            throw new CodestreamException("expected one tile-part and no TLM, found " + c.tileParts().size()
                    + " tile-parts" + (c.hasTlm() ? " and a TLM marker" : ""));
        }
        Codestream.TilePart part = c.tileParts().get(0);
        if (part.dataStart() != part.start() + 14) {
            throw new CodestreamException("tile-part header at offset " + part.start()
                    + " carries markers; only an empty tile-part header can be split");
        }
        int levels = levelEnds.length;
        if (levels != c.decompositions() + 1 || levels > 255) {
            throw new CodestreamException(levels + " level ends given for " + (c.decompositions() + 1)
                    + " resolution levels");
        }
        int[] starts = new int[levels];
        int[] ends = new int[levels];
        for (int r = 0; r < levels; r++) {
            starts[r] = r == 0 ? part.dataStart() : (int) levelEnds[r - 1];
            ends[r] = r == levels - 1 ? part.end() : (int) levelEnds[r];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(cs.length + 64 + 18 * levels);
        out.write(cs, 0, c.mainHeaderEnd());
        writeU16(out, Marker.TLM);
        writeU16(out, 4 + 4 * levels);
        out.write(0);     // Ztlm
        out.write(0x40);  // Stlm: ST=0 (tile-parts in tile order), SP=1 (32-bit Ptlm)
        for (int r = 0; r < levels; r++) {
            writeU32(out, 14 + ends[r] - starts[r]);
        }
        for (int r = 0; r < levels; r++) {
            writeU16(out, Marker.SOT);
            writeU16(out, 10);
            writeU16(out, 0);                          // Isot
            writeU32(out, 14 + ends[r] - starts[r]);   // Psot: SOT(12) + SOD(2) + packets
            out.write(r);                              // TPsot
            out.write(levels);                         // TNsot
            writeU16(out, Marker.SOD);
            out.write(cs, starts[r], ends[r] - starts[r]);
        }
        out.write(cs, part.end(), cs.length - part.end());
        return out.toByteArray();
    }

    private static void writeU16(ByteArrayOutputStream out, int v) {
        out.write(v >> 8);
        out.write(v);
    }

    private static void writeU32(ByteArrayOutputStream out, int v) {
        writeU16(out, v >>> 16);
        writeU16(out, v & 0xFFFF);
    }
}
