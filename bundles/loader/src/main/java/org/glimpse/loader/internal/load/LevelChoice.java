package org.glimpse.loader.internal.load;

/**
 * The resolution level a display needs: the smallest image (largest reduce) that still fills the view when
 * the frame is fitted into it, so that a 3036² radiograph in a 512² view is fetched to its 759² level
 * (380² would be upscaled) and a view at least as large as the frame needs full size.
 */
public final class LevelChoice {

    private LevelChoice() {
    }

    /**
     * @param columns frame width
     * @param rows frame height
     * @param decompositions resolution levels the codestream has below full size
     * @param viewWidth view width in screen pixels (zoom included)
     * @param viewHeight view height in screen pixels
     * @return reduce in [0, decompositions]
     */
    public static int reduceFor(int columns, int rows, int decompositions, int viewWidth, int viewHeight) {
        double scale = Math.min((double) viewWidth / columns, (double) viewHeight / rows);
        if (scale >= 1) {
            return 0;
        }
        double shownWidth = columns * scale;
        double shownHeight = rows * scale;
        int r = 0;
        while (r < decompositions && size(columns, r + 1) >= shownWidth && size(rows, r + 1) >= shownHeight) {
            r++;
        }
        return r;
    }

    /** ceil(n / 2^reduce), the size of a dimension at a reduce (JPEG 2000 Annex B.5). */
    public static int size(int n, int reduce) {
        return (int) ((n + (1L << reduce) - 1) >> reduce);
    }

    /** The reduce at which a rendition of {@code renditionRows} rows stands for a frame of {@code rows}. */
    public static int reduceOfRendition(int rows, int renditionRows) {
        int r = 0;
        while (size(rows, r + 1) >= renditionRows && r < 32) {
            r++;
        }
        return r;
    }
}
