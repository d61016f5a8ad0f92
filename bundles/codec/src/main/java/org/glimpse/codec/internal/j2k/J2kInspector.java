package org.glimpse.codec.internal.j2k;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glimpse.api.codec.CodestreamLevels;

/**
 * Finds, for a prefix of a JPEG 2000 / HTJ2K codestream, the byte offset at which each resolution level is
 * complete: from the packet headers themselves, so that codestreams with one tile-part and no TLM/PLT (as
 * OpenJPH and many servers write them) work as well as those split into tile-parts.
 */
public final class J2kInspector {

    private J2kInspector() {
    }

    /** The result and, when the packet walk stopped on bad data, why. */
    public record Inspection(Codestream codestream, CodestreamLevels levels, String problem) {
    }

    public static Inspection inspect(byte[] data, int length, boolean complete) throws CodestreamException {
        Codestream cs = Codestream.read(data, length);
        Siz siz = cs.siz();
        int nl = cs.cod().decompositions();
        long[] reduceEnds = new long[nl + 1];
        java.util.Arrays.fill(reduceEnds, Long.MIN_VALUE);
        String[] reason = new String[1];
        if (cs.packedMainHeaders() || cs.mainStyles().poc) {
            reason[0] = "packet headers in PPM or a POC progression change: levels are not inspected";
        }
        long tiles = siz.tilesAcross() * siz.tilesDown();
        Map<Integer, List<TilePart>> byTile = new HashMap<>();
        for (TilePart p : cs.tileParts()) {
            byTile.computeIfAbsent(p.tile(), k -> new ArrayList<>()).add(p);
        }
        for (int t = 0; t < tiles && reason[0] == null; t++) {
            List<TilePart> parts = byTile.getOrDefault(t, List.of());
            if (parts.isEmpty()) {
                // a tile with no bytes yet: no level is complete, whatever the other tiles hold
                java.util.Arrays.fill(reduceEnds, -1);
                break;
            }
            long[] ends = tileEnds(cs, data, length, t, parts, nl, reason);
            for (int d = 0; d <= nl; d++) {
                long e = d < ends.length ? ends[d] : ends[ends.length - 1];
                reduceEnds[d] = e < 0 || reduceEnds[d] == -1 ? -1 : Math.max(reduceEnds[d], e);
            }
        }
        long[] levelEnds = new long[nl + 1];
        int completeReduce = -1;
        for (int d = nl; d >= 0; d--) {
            long e = reason[0] != null || reduceEnds[d] == Long.MIN_VALUE ? -1 : reduceEnds[d];
            levelEnds[nl - d] = e;
            if (e >= 0) {
                completeReduce = d;
            }
        }
        if (complete && completeReduce != 0) {
            // the whole frame is held: whatever the walk could not tell, a full decode is worth trying
            levelEnds[nl] = length;
            completeReduce = 0;
        }
        return new Inspection(cs, new CodestreamLevels((int) siz.width(), (int) siz.height(), nl, levelEnds,
                completeReduce), reason[0]);
    }

    private static long[] tileEnds(Codestream cs, byte[] data, int length, int tile, List<TilePart> parts, int nl,
            String[] reason) throws CodestreamException {
        long[] none = new long[nl + 1];
        java.util.Arrays.fill(none, -1);
        TileStyles tileStyles = parts.get(0).header();
        if (tileStyles != null && tileStyles.poc || parts.stream().anyMatch(TilePart::packedHeaders)) {
            reason[0] = "tile " + tile + " has packed packet headers (PPT) or a POC: levels are not inspected";
            return none;
        }
        Siz siz = cs.siz();
        CodingStyle[] styles = TileStyles.resolve(cs.mainStyles(), tileStyles);
        long[] bounds = tileBounds(siz, tile);
        int comps = siz.components();
        Resolution[][] res = new Resolution[comps][];
        int[] xr = new int[comps];
        int[] yr = new int[comps];
        int maxReduce = 0;
        for (int c = 0; c < comps; c++) {
            xr[c] = siz.xrsiz(c);
            yr[c] = siz.yrsiz(c);
            long tcx0 = Resolution.ceilDiv(bounds[0], xr[c]);
            long tcy0 = Resolution.ceilDiv(bounds[1], yr[c]);
            long tcx1 = Resolution.ceilDiv(bounds[2], xr[c]);
            long tcy1 = Resolution.ceilDiv(bounds[3], yr[c]);
            int cnl = styles[c].decompositions();
            maxReduce = Math.max(maxReduce, cnl);
            res[c] = new Resolution[cnl + 1];
            for (int r = 0; r <= cnl; r++) {
                res[c][r] = new Resolution(c, r, styles[c], tcx0, tcy0, tcx1, tcy1);
            }
        }
        TileData td = new TileData(data, length, parts, true);
        PacketSequence seq = new PacketSequence(res, styles[0].layers(), styles[0].progressionOrder(), bounds, xr, yr);
        long[] ends = TileWalk.ends(td, styles, res, seq, maxReduce, reason);
        if (reason[0] != null) {
            reason[0] = "tile " + tile + ": " + reason[0];
        }
        return ends;
    }

    private static long[] tileBounds(Siz siz, int tile) {
        long p = tile % siz.tilesAcross();
        long q = tile / siz.tilesAcross();
        return new long[] {Math.max(siz.xtosiz() + p * siz.xtsiz(), siz.xosiz()),
            Math.max(siz.ytosiz() + q * siz.ytsiz(), siz.yosiz()),
            Math.min(siz.xtosiz() + (p + 1) * siz.xtsiz(), siz.xsiz()),
            Math.min(siz.ytosiz() + (q + 1) * siz.ytsiz(), siz.ysiz())};
    }
}
