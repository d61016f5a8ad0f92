package org.glimpse.codec.internal.j2k;

import java.util.HashMap;
import java.util.Map;

/**
 * Walks the packets of one tile held so far and records, for each reduce d, the codestream offset at
 * which every packet a decode at reduce d needs has arrived.
 */
final class TileWalk implements PacketSequence.Visitor {
    /** Beyond this many packets in a tile the walk is not attempted (forged precinct sizes). */
    private static final long MAX_PACKETS = 1L << 22;

    private final TileData data;
    private final PacketHeaders headers;
    private final Map<Long, PrecinctState> precincts = new HashMap<>();
    private final long[] expected;
    private final long[] seen;
    private final long[] maxEnd;
    private final long[] reduceEnds;
    private long pos;
    private String stoppedBy;

    private TileWalk(TileData data, CodingStyle[] styles, long[] expected) {
        this.data = data;
        this.headers = new PacketHeaders(data, styles);
        this.expected = expected;
        this.seen = new long[expected.length];
        this.maxEnd = new long[expected.length];
        this.reduceEnds = new long[expected.length];
        java.util.Arrays.fill(reduceEnds, -1);
    }

    /**
     * Returns, index d, the offset at which reduce d is complete or -1; {@code reason[0]} receives why the
     * walk stopped early when it did for a reason other than running out of bytes.
     */
    static long[] ends(TileData data, CodingStyle[] styles, Resolution[][] res, PacketSequence seq, int maxReduce,
            String[] reason) throws CodestreamException {
        long[] expected = new long[maxReduce + 1];
        long total = 0;
        for (int c = 0; c < res.length; c++) {
            for (Resolution r : res[c]) {
                long n = r.precincts() * styles[c].layers();
                expected[r.reduce] += n;
                total += n;
            }
        }
        if (total > MAX_PACKETS) {
            reason[0] = "tile has " + total + " packets, more than the " + MAX_PACKETS + " inspected";
            long[] none = new long[maxReduce + 1];
            java.util.Arrays.fill(none, -1);
            return none;
        }
        TileWalk walk = new TileWalk(data, styles, expected);
        walk.record();
        try {
            seq.walk(walk);
        } catch (CodestreamException e) {
            if (!e.truncated()) {
                reason[0] = e.getMessage();
            }
        }
        return walk.reduceEnds;
    }

    @Override
    public boolean packet(Resolution res, long precinct, int layer) throws CodestreamException {
        long key = ((long) res.component << 48) | ((long) res.level << 40) | precinct;
        PrecinctState state = precincts.computeIfAbsent(key, k -> new PrecinctState(res, precinct));
        long end = headers.read(pos, res, state, layer);
        if (!data.holds(end)) {
            return false;
        }
        pos = end;
        seen[res.reduce]++;
        maxEnd[res.reduce] = Math.max(maxEnd[res.reduce], data.absoluteEnd(end));
        record();
        return true;
    }

    private void record() {
        long end = data.absoluteEnd(0);
        boolean complete = true;
        for (int d = expected.length - 1; d >= 0; d--) {
            complete &= seen[d] == expected[d];
            end = Math.max(end, maxEnd[d]);
            if (complete && reduceEnds[d] < 0) {
                reduceEnds[d] = end;
            }
        }
    }
}
