package org.glimpse.codec.internal.j2k;

import java.util.ArrayList;
import java.util.List;

/**
 * The markers of a JPEG 2000 codestream prefix: main header and the tile-parts whose SOT segments are
 * held. Reading stops quietly at the end of the held bytes; broken rules throw {@link CodestreamException}.
 */
public final class Codestream {
    private final Siz siz;
    private final TileStyles main;
    private final boolean packedMainHeaders;
    private final List<TilePart> tileParts;
    private final long mainHeaderEnd;
    private final boolean eocSeen;

    private Codestream(Siz siz, TileStyles main, boolean ppm, List<TilePart> parts, long mainEnd, boolean eoc) {
        this.siz = siz;
        this.main = main;
        this.packedMainHeaders = ppm;
        this.tileParts = parts;
        this.mainHeaderEnd = mainEnd;
        this.eocSeen = eoc;
    }

    public Siz siz() {
        return siz;
    }

    public CodingStyle cod() {
        return main.cod;
    }

    List<TilePart> tileParts() {
        return tileParts;
    }

    TileStyles mainStyles() {
        return main;
    }

    boolean packedMainHeaders() {
        return packedMainHeaders;
    }

    long mainHeaderEnd() {
        return mainHeaderEnd;
    }

    boolean eocSeen() {
        return eocSeen;
    }

    /** Reads only SOC and SIZ: enough to validate sizes before anything else is parsed. */
    public static Siz readSiz(byte[] data, int length) throws CodestreamException {
        ByteCursor in = new ByteCursor(data, length, 0);
        expectSoc(in);
        int m = in.u16();
        if (m != Marker.SIZ) {
            throw CodestreamException.at(2, "expected SIZ after SOC, found marker " + Marker.name(m));
        }
        return Siz.read(in);
    }

    /** Reads the main header (which must be complete) and every tile-part header held in the prefix. */
    public static Codestream read(byte[] data, int length) throws CodestreamException {
        ByteCursor in = new ByteCursor(data, length, 0);
        Siz siz = readSiz(data, length);
        long tiles = siz.tilesAcross() * siz.tilesDown();
        if (tiles > 65535) {
            throw CodestreamException.at(4, "SIZ tiling " + siz.xtsiz() + "×" + siz.ytsiz() + " gives " + tiles
                    + " tiles, more than SOT's Isot can number (65535)");
        }
        in.seek(2 + 2 + 38 + 3 * siz.components());
        TileStyles main = new TileStyles(siz.components());
        boolean ppm = false;
        int m;
        while (true) {
            int at = in.position();
            m = in.u16();
            if (m == Marker.SOT) {
                break;
            }
            if (m < 0xFF30) {
                throw CodestreamException.at(at, "expected a main-header marker, found " + Marker.name(m));
            }
            switch (m) {
                case Marker.COD -> main.cod = CodingStyle.readCod(in);
                case Marker.COC -> {
                    requireCod(main, at, "COC");
                    int[] c = new int[1];
                    CodingStyle s = CodingStyle.readCoc(in, siz.components(), main.cod, c);
                    main.coc[c[0]] = s;
                }
                case Marker.POC -> {
                    main.poc = true;
                    skipSegment(in);
                }
                case Marker.PPM -> {
                    ppm = true;
                    skipSegment(in);
                }
                case Marker.SOD, Marker.EOC, Marker.SOC, Marker.SIZ ->
                    throw CodestreamException.at(at, "marker " + Marker.name(m) + " not allowed in the main header");
                default -> skipSegment(in);
            }
        }
        if (main.cod == null) {
            throw CodestreamException.at(in.position() - 2, "main header has no COD before the first SOT");
        }
        long mainEnd = in.position() - 2;
        List<TilePart> parts = new ArrayList<>();
        boolean eoc = readTileParts(in, siz, mainEnd, parts);
        return new Codestream(siz, main, ppm, List.copyOf(parts), mainEnd, eoc);
    }

    private static boolean readTileParts(ByteCursor in, Siz siz, long firstSot, List<TilePart> parts)
            throws CodestreamException {
        long tiles = siz.tilesAcross() * siz.tilesDown();
        long sot = firstSot;
        while (sot + 2 <= in.limit()) {
            in.seek((int) sot);
            int m = in.u16();
            if (m == Marker.EOC) {
                return true;
            }
            if (m != Marker.SOT) {
                throw CodestreamException.at(sot, "expected SOT or EOC after a tile-part, found " + Marker.name(m));
            }
            TilePart part;
            try {
                part = readTilePart(in, siz, sot, tiles);
            } catch (CodestreamException e) {
                if (e.truncated()) {
                    return false;
                }
                throw e;
            }
            parts.add(part);
            if (part.dataEnd() < 0) {
                return false;
            }
            sot = part.dataEnd();
        }
        return false;
    }

    private static TilePart readTilePart(ByteCursor in, Siz siz, long sot, long tiles) throws CodestreamException {
        int lsot = in.u16();
        int isot = in.u16();
        long psot = in.u32();
        int tpsot = in.u8();
        in.u8();
        if (lsot != 10) {
            throw CodestreamException.at(sot, "SOT Lsot " + lsot + " is not 10");
        }
        if (isot >= tiles) {
            throw CodestreamException.at(sot, "SOT tile index " + isot + " ≥ number of tiles " + tiles);
        }
        if (psot != 0 && psot < 14) {
            throw CodestreamException.at(sot, "SOT Psot " + psot + " shorter than SOT plus SOD");
        }
        TileStyles styles = new TileStyles(siz.components());
        boolean ppt = false;
        while (true) {
            int at = in.position();
            int m = in.u16();
            if (m == Marker.SOD) {
                break;
            }
            switch (m) {
                case Marker.COD -> styles.cod = CodingStyle.readCod(in);
                case Marker.COC -> {
                    int[] c = new int[1];
                    CodingStyle base = styles.cod;
                    if (base == null) {
                        base = new CodingStyle(0, 0, 1, 0, 0, 6, 6, 0, 0, new int[] {0xFF});
                    }
                    CodingStyle s = CodingStyle.readCoc(in, siz.components(), base, c);
                    styles.coc[c[0]] = s;
                }
                case Marker.POC -> {
                    styles.poc = true;
                    skipSegment(in);
                }
                case Marker.PPT -> {
                    ppt = true;
                    skipSegment(in);
                }
                case Marker.SOT, Marker.EOC, Marker.SOC, Marker.SIZ ->
                    throw CodestreamException.at(at, "marker " + Marker.name(m) + " inside a tile-part header");
                default -> {
                    if (m < 0xFF30) {
                        throw CodestreamException.at(at, "expected a tile-part header marker, found "
                                + Marker.name(m));
                    }
                    skipSegment(in);
                }
            }
        }
        long dataStart = in.position();
        long dataEnd = psot == 0 ? -1 : sot + psot;
        if (dataEnd >= 0 && dataEnd < dataStart) {
            throw CodestreamException.at(sot, "SOT Psot " + psot + " ends before the tile-part header does");
        }
        return new TilePart(isot, tpsot, sot, dataStart, dataEnd, styles.any() ? styles : null, ppt);
    }

    private static void expectSoc(ByteCursor in) throws CodestreamException {
        int soc = in.u16();
        if (soc != Marker.SOC) {
            throw CodestreamException.at(0, String.format("not a JPEG 2000 codestream: starts with 0x%04X, not SOC"
                    + " 0xFF4F", soc));
        }
    }

    private static void requireCod(TileStyles main, int at, String marker) throws CodestreamException {
        if (main.cod == null) {
            throw CodestreamException.at(at, marker + " before COD in the main header");
        }
    }

    private static void skipSegment(ByteCursor in) throws CodestreamException {
        int at = in.position();
        int len = in.u16();
        if (len < 2) {
            throw CodestreamException.at(at, "marker segment length " + len + " below 2");
        }
        in.skip(len - 2);
    }
}
