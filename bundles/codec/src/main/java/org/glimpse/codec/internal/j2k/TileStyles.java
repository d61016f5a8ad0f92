package org.glimpse.codec.internal.j2k;

import java.util.Arrays;

/** COD and COC styles of a header (main or tile-part); null entries mean "not given here". */
final class TileStyles {
    CodingStyle cod;
    final CodingStyle[] coc;
    boolean poc;

    TileStyles(int components) {
        coc = new CodingStyle[components];
    }

    boolean any() {
        return cod != null || poc || Arrays.stream(coc).anyMatch(s -> s != null);
    }

    /** The style each component uses in a tile: tile COC, tile COD, main COC, main COD (T.800 A.6). */
    static CodingStyle[] resolve(TileStyles main, TileStyles tile) {
        CodingStyle[] out = new CodingStyle[main.coc.length];
        CodingStyle order = tile != null && tile.cod != null ? tile.cod : main.cod;
        for (int c = 0; c < out.length; c++) {
            CodingStyle s;
            if (tile != null && tile.coc[c] != null) {
                s = tile.coc[c];
            } else if (tile != null && tile.cod != null) {
                s = tile.cod;
            } else if (main.coc[c] != null) {
                s = main.coc[c];
            } else {
                s = main.cod;
            }
            out[c] = s.withOrder(order.progressionOrder(), order.layers());
        }
        return out;
    }
}
