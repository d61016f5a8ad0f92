package org.glimpse.server.data;

/** Per-frame facts gathered while writing, put into the metadata and levels.json afterwards. */
record FrameRecord(long[] tiledLevels, long[] singleLevels, long[] j2kLevels, long jlsLength, long thumbnailLength,
        int thumbnailRows, int thumbnailColumns, long rawLength) {

    static FrameRecord uncompressed(long rawLength) {
        return new FrameRecord(new long[0], new long[0], new long[0], 0, 0, 0, 0, rawLength);
    }
}
