package org.glimpse.api.frame;

import java.util.Objects;

/**
 * Where the resolution levels of one stored form of a frame end, as the server publishes them before any
 * byte of the frame is fetched (the reference server: private creator "GLIMPSE 1.0" in the series metadata,
 * and {@code .../instances/{i}/levels}). A request can then end exactly at the level a display needs; the
 * codec's inspector still checks the bytes that arrive.
 *
 * @param frameNumber the frame (from 1)
 * @param framesPath the frame resource these bytes come from ({@code /frames/}, {@code /htj2k/}, …)
 * @param transferSyntaxUid the transfer syntax of those bytes
 * @param levelEnds byte offset at which resolution level r (0 = lowest LL band) is complete, index r; the
 *        last is the whole codestream's length
 */
public record PublishedLevels(int frameNumber, String framesPath, String transferSyntaxUid, long[] levelEnds) {

    public PublishedLevels {
        if (frameNumber < 1) {
            throw new IllegalArgumentException("frame numbers start at 1, was " + frameNumber);
        }
        Objects.requireNonNull(framesPath, "framesPath is null");
        Objects.requireNonNull(transferSyntaxUid, "transferSyntaxUid is null");
        levelEnds = levelEnds.clone();
        if (levelEnds.length < 1 || levelEnds.length > 33) {
            throw new IllegalArgumentException("levelEnds of frame " + frameNumber + " " + framesPath
                    + " needs 1 to 33 entries, had " + levelEnds.length);
        }
        for (int r = 0; r < levelEnds.length; r++) {
            if (levelEnds[r] < 1 || (r > 0 && levelEnds[r] < levelEnds[r - 1])) {
                throw new IllegalArgumentException("levelEnds of frame " + frameNumber + " " + framesPath
                        + " must be positive and non-decreasing, was " + java.util.Arrays.toString(levelEnds));
            }
        }
    }

    @Override
    public long[] levelEnds() {
        return levelEnds.clone();
    }

    /** Number of wavelet decompositions: resolution levels are 0..decompositions. */
    public int decompositions() {
        return levelEnds.length - 1;
    }

    /** Byte offset at which the image at {@code reduce} (0 = full size) is complete. */
    public long endOfReduce(int reduce) {
        if (reduce < 0 || reduce > decompositions()) {
            throw new IllegalArgumentException("reduce must be in [0, " + decompositions() + "], was " + reduce);
        }
        return levelEnds[decompositions() - reduce];
    }

    /** The whole codestream's length. */
    public long length() {
        return levelEnds[levelEnds.length - 1];
    }
}
