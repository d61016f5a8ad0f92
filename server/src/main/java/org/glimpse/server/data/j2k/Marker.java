package org.glimpse.server.data.j2k;

/** JPEG 2000 Part 1 (ITU-T T.800 Annex A) marker codes used when reading and rewriting codestreams. */
final class Marker {
    /** Start of codestream. */
    static final int SOC = 0xFF4F;
    /** Image and tile size. */
    static final int SIZ = 0xFF51;
    /** Coding style default. */
    static final int COD = 0xFF52;
    /** Coding style component. */
    static final int COC = 0xFF53;
    /** Tile-part lengths (main header). */
    static final int TLM = 0xFF55;
    /** Packet length, tile-part header. */
    static final int PLT = 0xFF58;
    /** Start of tile-part. */
    static final int SOT = 0xFF90;
    /** Start of packet. */
    static final int SOP = 0xFF91;
    /** End of packet header. */
    static final int EPH = 0xFF92;
    /** Start of data. */
    static final int SOD = 0xFF93;
    /** End of codestream. */
    static final int EOC = 0xFFD9;

    private Marker() {
    }
}
