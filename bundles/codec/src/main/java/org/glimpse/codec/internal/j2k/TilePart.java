package org.glimpse.codec.internal.j2k;

/**
 * One tile-part (T.800 A.4.2): where its SOT starts and where its packet data lie.
 *
 * @param tile Isot
 * @param part TPsot
 * @param sot offset of the SOT marker
 * @param dataStart offset just after SOD
 * @param dataEnd offset after the last byte of the tile-part (SOT + Psot), maybe beyond the bytes held
 * @param header coding styles given in this tile-part's header (null when none)
 * @param packedHeaders whether PPT puts packet headers in the tile-part header
 */
record TilePart(int tile, int part, long sot, long dataStart, long dataEnd, TileStyles header,
        boolean packedHeaders) {
}
