package org.glimpse.api.codec;

/**
 * What a prefix of a frame's codestream can yield, read from its markers and packet headers without
 * decoding (JPEG 2000 Part 1 / Part 15 resolution levels). Codecs without resolution levels report one
 * level that is complete only with the whole frame.
 *
 * @param width full image width (SIZ Xsiz − XOsiz)
 * @param height full image height (SIZ Ysiz − YOsiz)
 * @param decompositions number of wavelet decomposition levels (COD); resolution levels are 0..decompositions
 * @param levelEnds byte offset at which resolution level r (0 = lowest LL band) is complete, index r;
 *        -1 where not known from the bytes held
 * @param completeReduce smallest reduce (decompositions − highest complete level) the held bytes can
 *        decode, or -1 when no level is complete yet
 */
public record CodestreamLevels(int width, int height, int decompositions, long[] levelEnds, int completeReduce) {

    public CodestreamLevels {
        if (decompositions < 0 || decompositions > 32) {
            throw new IllegalArgumentException("decompositions must be in [0, 32], was " + decompositions);
        }
        levelEnds = levelEnds.clone();
        if (levelEnds.length != decompositions + 1) {
            throw new IllegalArgumentException("levelEnds needs " + (decompositions + 1) + " entries, had "
                    + levelEnds.length);
        }
        if (completeReduce < -1 || completeReduce > decompositions) {
            throw new IllegalArgumentException("completeReduce must be in [-1, " + decompositions + "], was "
                    + completeReduce);
        }
    }

    @Override
    public long[] levelEnds() {
        return levelEnds.clone();
    }

    /** Byte offset at which the image at {@code reduce} is complete, or -1 when unknown. */
    public long endOfReduce(int reduce) {
        return levelEnds[decompositions - reduce];
    }

    /** Image width at {@code reduce}: ceil(width / 2^reduce). */
    public int widthAt(int reduce) {
        return (int) ((width + (1L << reduce) - 1) >> reduce);
    }

    /** Image height at {@code reduce}: ceil(height / 2^reduce). */
    public int heightAt(int reduce) {
        return (int) ((height + (1L << reduce) - 1) >> reduce);
    }
}
