package org.glimpse.codec.internal.j2k;

/**
 * Visits a tile's packets in its progression order (T.800 B.12), the way decoders do (position-driven
 * orders step over the reference grid as OpenJPEG's packet iterator does).
 */
final class PacketSequence {

    /** Receives each packet; returning false stops the walk. */
    interface Visitor {
        boolean packet(Resolution res, long precinct, int layer) throws CodestreamException;
    }

    private final Resolution[][] res;
    private final int layers;
    private final int order;
    private final long tx0;
    private final long ty0;
    private final long tx1;
    private final long ty1;
    private final int[] xr;
    private final int[] yr;
    private final int maxLevels;

    PacketSequence(Resolution[][] res, int layers, int order, long[] tile, int[] xr, int[] yr) {
        this.res = res;
        this.layers = layers;
        this.order = order;
        this.tx0 = tile[0];
        this.ty0 = tile[1];
        this.tx1 = tile[2];
        this.ty1 = tile[3];
        this.xr = xr;
        this.yr = yr;
        int m = 0;
        for (Resolution[] c : res) {
            m = Math.max(m, c.length);
        }
        maxLevels = m;
    }

    /** Beyond this many grid positions a position-driven walk is not attempted (forged precinct sizes). */
    private static final long MAX_POSITIONS = 1L << 24;

    void walk(Visitor v) throws CodestreamException {
        if (order >= 2) {
            long positions = ((tx1 - tx0) / step(true) + 1) * ((ty1 - ty0) / step(false) + 1);
            if (positions > MAX_POSITIONS) {
                throw CodestreamException.of("precinct grid of " + positions + " positions, more than the "
                        + MAX_POSITIONS + " inspected");
            }
        }
        switch (order) {
            case 0 -> layerResolution(v, true);
            case 1 -> layerResolution(v, false);
            case 2 -> rpcl(v);
            case 3 -> positionFirst(v, false);
            default -> positionFirst(v, true);
        }
    }

    private void layerResolution(Visitor v, boolean layerFirst) throws CodestreamException {
        int outer = layerFirst ? layers : maxLevels;
        int inner = layerFirst ? maxLevels : layers;
        for (int a = 0; a < outer; a++) {
            for (int b = 0; b < inner; b++) {
                int l = layerFirst ? a : b;
                int r = layerFirst ? b : a;
                for (Resolution[] comp : res) {
                    if (r >= comp.length) {
                        continue;
                    }
                    for (long p = 0; p < comp[r].precincts(); p++) {
                        if (!v.packet(comp[r], p, l)) {
                            return;
                        }
                    }
                }
            }
        }
    }

    private void rpcl(Visitor v) throws CodestreamException {
        long dx = step(true);
        long dy = step(false);
        for (int r = 0; r < maxLevels; r++) {
            for (long y = ty0; y < ty1; y += dy - (y % dy)) {
                for (long x = tx0; x < tx1; x += dx - (x % dx)) {
                    for (int c = 0; c < res.length; c++) {
                        if (!precinctAt(v, c, r, x, y)) {
                            return;
                        }
                    }
                }
            }
        }
    }

    private void positionFirst(Visitor v, boolean componentFirst) throws CodestreamException {
        long dx = step(true);
        long dy = step(false);
        int outer = componentFirst ? res.length : 1;
        for (int oc = 0; oc < outer; oc++) {
            for (long y = ty0; y < ty1; y += dy - (y % dy)) {
                for (long x = tx0; x < tx1; x += dx - (x % dx)) {
                    int cFrom = componentFirst ? oc : 0;
                    int cTo = componentFirst ? oc + 1 : res.length;
                    for (int c = cFrom; c < cTo; c++) {
                        for (int r = 0; r < res[c].length; r++) {
                            if (!precinctAt(v, c, r, x, y)) {
                                return;
                            }
                        }
                    }
                }
            }
        }
    }

    /** Visits the precinct of (c, r) that starts at grid point (x, y), if one does. */
    private boolean precinctAt(Visitor v, int c, int r, long x, long y) throws CodestreamException {
        if (r >= res[c].length) {
            return true;
        }
        Resolution s = res[c][r];
        int levelno = s.reduce;
        long trx0 = Resolution.ceilDivPow2(Resolution.ceilDiv(tx0, xr[c]), levelno);
        long try0 = Resolution.ceilDivPow2(Resolution.ceilDiv(ty0, yr[c]), levelno);
        int rpx = s.ppx + levelno;
        int rpy = s.ppy + levelno;
        boolean yHit = y % ((long) yr[c] << rpy) == 0 || (y == ty0 && ((try0 << levelno) % (1L << rpy)) != 0);
        boolean xHit = x % ((long) xr[c] << rpx) == 0 || (x == tx0 && ((trx0 << levelno) % (1L << rpx)) != 0);
        if (!yHit || !xHit || s.pw == 0 || s.ph == 0) {
            return true;
        }
        long prci = (Resolution.ceilDiv(x, (long) xr[c] << levelno) >> s.ppx) - (trx0 >> s.ppx);
        long prcj = (Resolution.ceilDiv(y, (long) yr[c] << levelno) >> s.ppy) - (try0 >> s.ppy);
        long precinct = prci + prcj * s.pw;
        for (int l = 0; l < layers; l++) {
            if (!v.packet(s, precinct, l)) {
                return false;
            }
        }
        return true;
    }

    private long step(boolean horizontal) {
        long d = Long.MAX_VALUE;
        for (int c = 0; c < res.length; c++) {
            for (Resolution s : res[c]) {
                int shift = (horizontal ? s.ppx : s.ppy) + s.reduce;
                long sub = horizontal ? xr[c] : yr[c];
                d = Math.min(d, shift >= 40 ? Long.MAX_VALUE / 4 : sub << shift);
            }
        }
        return d;
    }
}
