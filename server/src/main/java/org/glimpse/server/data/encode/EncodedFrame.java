package org.glimpse.server.data.encode;

/**
 * Every stored form of one frame.
 *
 * @param htj2kTiled      HTJ2K RPCL lossless, one tile-part per resolution level, TLM in the main header
 * @param htj2kTiledLevels byte offset at which each resolution level of {@code htj2kTiled} is complete
 * @param htj2kSingle     the same packets as {@code ojph_compress} wrote them: one tile-part, no TLM
 * @param htj2kSingleLevels level ends of {@code htj2kSingle}
 * @param j2k             JPEG 2000 Part 1 lossless RPCL, tile-parts per resolution, TLM
 * @param j2kLevels       level ends of {@code j2k}
 * @param jls             JPEG-LS lossless
 * @param thumbnail       JPEG-LS lossless of the frame reduced 4× in each dimension
 * @param thumbnailColumns thumbnail width
 * @param thumbnailRows   thumbnail height
 * @param raw             native little-endian 16-bit samples
 */
public record EncodedFrame(byte[] htj2kTiled, long[] htj2kTiledLevels, byte[] htj2kSingle, long[] htj2kSingleLevels,
        byte[] j2k, long[] j2kLevels, byte[] jls, byte[] thumbnail, int thumbnailColumns, int thumbnailRows,
        byte[] raw) {
}
