package org.glimpse.codec.internal.j2k;

/**
 * Geometry of one resolution level of one tile-component (T.800 B.5, B.6): its bounds, precinct grid and
 * for each precinct and subband the code-block grid (B.7).
 */
final class Resolution {
    final int component;
    final int level;
    final int reduce;
    final long x0;
    final long y0;
    final long x1;
    final long y1;
    final int ppx;
    final int ppy;
    final long pw;
    final long ph;
    private final long[][] bands;
    private final long cbgx0;
    private final long cbgy0;
    private final int cbgw;
    private final int cbgh;
    private final int cbw;
    private final int cbh;

    Resolution(int component, int level, CodingStyle style, long tcx0, long tcy0, long tcx1, long tcy1) {
        this.component = component;
        this.level = level;
        int nl = style.decompositions();
        this.reduce = nl - level;
        x0 = ceilDivPow2(tcx0, reduce);
        y0 = ceilDivPow2(tcy0, reduce);
        x1 = ceilDivPow2(tcx1, reduce);
        y1 = ceilDivPow2(tcy1, reduce);
        ppx = style.ppx(level);
        ppy = style.ppy(level);
        pw = x1 > x0 ? ceilDivPow2(x1, ppx) - (x0 >> ppx) : 0;
        ph = y1 > y0 ? ceilDivPow2(y1, ppy) - (y0 >> ppy) : 0;
        long tlprcx = (x0 >> ppx) << ppx;
        long tlprcy = (y0 >> ppy) << ppy;
        if (level == 0) {
            cbgx0 = tlprcx;
            cbgy0 = tlprcy;
            cbgw = ppx;
            cbgh = ppy;
            bands = new long[][] {{x0, y0, x1, y1}};
        } else {
            cbgx0 = ceilDivPow2(tlprcx, 1);
            cbgy0 = ceilDivPow2(tlprcy, 1);
            cbgw = ppx - 1;
            cbgh = ppy - 1;
            int nb = nl - level + 1;
            bands = new long[3][];
            int[][] origins = {{1, 0}, {0, 1}, {1, 1}};
            for (int b = 0; b < 3; b++) {
                long ox = (long) origins[b][0] << (nb - 1);
                long oy = (long) origins[b][1] << (nb - 1);
                bands[b] = new long[] {ceilDivPow2(tcx0 - ox, nb), ceilDivPow2(tcy0 - oy, nb),
                    ceilDivPow2(tcx1 - ox, nb), ceilDivPow2(tcy1 - oy, nb)};
            }
        }
        cbw = Math.min(style.xcb(), cbgw);
        cbh = Math.min(style.ycb(), cbgh);
    }

    int bandCount() {
        return bands.length;
    }

    boolean bandEmpty(int band) {
        long[] b = bands[band];
        return b[0] >= b[2] || b[1] >= b[3];
    }

    long precincts() {
        return pw * ph;
    }

    /** Code-blocks across and down in {@code band} of precinct {@code precinct}: {cw, ch}. */
    int[] codeBlocks(int band, long precinct) {
        long[] b = bands[band];
        long px0 = cbgx0 + (precinct % pw << cbgw);
        long py0 = cbgy0 + (precinct / pw << cbgh);
        long bx0 = Math.max(px0, b[0]);
        long by0 = Math.max(py0, b[1]);
        long bx1 = Math.min(px0 + (1L << cbgw), b[2]);
        long by1 = Math.min(py0 + (1L << cbgh), b[3]);
        if (bx0 >= bx1 || by0 >= by1) {
            return new int[] {0, 0};
        }
        long cw = (ceilDivPow2(bx1, cbw) - (bx0 >> cbw));
        long ch = (ceilDivPow2(by1, cbh) - (by0 >> cbh));
        return new int[] {(int) cw, (int) ch};
    }

    static long ceilDivPow2(long a, int p) {
        if (a <= 0) {
            return -((-a) >> p);
        }
        return (a + (1L << p) - 1) >> p;
    }

    static long ceilDiv(long a, long b) {
        return Math.floorDiv(a + b - 1, b);
    }
}
