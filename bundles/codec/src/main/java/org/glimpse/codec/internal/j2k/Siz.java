package org.glimpse.codec.internal.j2k;

/**
 * The SIZ segment (T.800 A.5.1): reference grid, tiling and per-component precision and subsampling.
 *
 * @param ssiz per component: bit 7 = signed, bits 0-6 = precision − 1
 */
public record Siz(int rsiz, long xsiz, long ysiz, long xosiz, long yosiz, long xtsiz, long ytsiz, long xtosiz,
        long ytosiz, int[] ssiz, int[] xrsiz, int[] yrsiz) {

    public Siz {
        ssiz = ssiz.clone();
        xrsiz = xrsiz.clone();
        yrsiz = yrsiz.clone();
    }

    public long width() {
        return xsiz - xosiz;
    }

    public long height() {
        return ysiz - yosiz;
    }

    public int components() {
        return ssiz.length;
    }

    public int precision(int component) {
        return (ssiz[component] & 0x7F) + 1;
    }

    public boolean signed(int component) {
        return (ssiz[component] & 0x80) != 0;
    }

    public int xrsiz(int component) {
        return xrsiz[component];
    }

    public int yrsiz(int component) {
        return yrsiz[component];
    }

    public long tilesAcross() {
        return ceilDiv(xsiz - xtosiz, xtsiz);
    }

    public long tilesDown() {
        return ceilDiv(ysiz - ytosiz, ytsiz);
    }

    static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    /** Reads SIZ whose length field starts at {@code pos}; checks the rules of A.5.1. */
    static Siz read(ByteCursor in) throws CodestreamException {
        long start = in.position();
        int lsiz = in.u16();
        int rsiz = in.u16();
        long xsiz = in.u32();
        long ysiz = in.u32();
        long xosiz = in.u32();
        long yosiz = in.u32();
        long xtsiz = in.u32();
        long ytsiz = in.u32();
        long xtosiz = in.u32();
        long ytosiz = in.u32();
        int csiz = in.u16();
        if (csiz < 1 || csiz > 16384) {
            throw CodestreamException.at(start, "SIZ Csiz " + csiz + " outside [1, 16384]");
        }
        if (lsiz != 38 + 3 * csiz) {
            throw CodestreamException.at(start, "SIZ Lsiz " + lsiz + " does not match Csiz " + csiz
                    + " (expected " + (38 + 3 * csiz) + ")");
        }
        if (xsiz <= xosiz || ysiz <= yosiz) {
            throw CodestreamException.at(start, "SIZ image area is empty: Xsiz " + xsiz + " XOsiz " + xosiz
                    + " Ysiz " + ysiz + " YOsiz " + yosiz);
        }
        if (xtsiz == 0 || ytsiz == 0) {
            throw CodestreamException.at(start, "SIZ tile size is zero: XTsiz " + xtsiz + " YTsiz " + ytsiz);
        }
        if (xtosiz > xosiz || ytosiz > yosiz || xtosiz + xtsiz <= xosiz || ytosiz + ytsiz <= yosiz) {
            throw CodestreamException.at(start, "SIZ tile origin (" + xtosiz + "," + ytosiz
                    + ") does not make the first tile cover the image origin (" + xosiz + "," + yosiz + ")");
        }
        int[] ssiz = new int[csiz];
        int[] xr = new int[csiz];
        int[] yr = new int[csiz];
        for (int c = 0; c < csiz; c++) {
            ssiz[c] = in.u8();
            xr[c] = in.u8();
            yr[c] = in.u8();
            if ((ssiz[c] & 0x7F) > 37) {
                throw CodestreamException.at(start, "SIZ component " + c + " precision " + ((ssiz[c] & 0x7F) + 1)
                        + " above 38 bits");
            }
            if (xr[c] == 0 || yr[c] == 0) {
                throw CodestreamException.at(start, "SIZ component " + c + " subsampling XRsiz " + xr[c]
                        + " YRsiz " + yr[c] + " must be ≥ 1");
            }
        }
        return new Siz(rsiz, xsiz, ysiz, xosiz, yosiz, xtsiz, ytsiz, xtosiz, ytosiz, ssiz, xr, yr);
    }
}
