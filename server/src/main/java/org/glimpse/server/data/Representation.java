package org.glimpse.server.data;

/**
 * The stored forms of a frame, one file each: {@code .../instances/{i}/frames/{n}.<suffix>} in the data tree.
 */
public enum Representation {
    /** HTJ2K lossless RPCL, one tile-part per resolution level, TLM marker: the default of {@code /frames/}. */
    HTJ2K_TILED("htj2k", Representation.HTJ2K_RPCL, "image/jphc"),
    /** The same HTJ2K packets as {@code ojph_compress} wrote them (one tile-part): {@code /htj2k/}. */
    HTJ2K_SINGLE("htj2k-single", Representation.HTJ2K_RPCL, "image/jphc"),
    /** JPEG 2000 lossless RPCL, tile-parts per resolution, TLM: {@code /frames/} by negotiation. */
    J2K("j2k", "1.2.840.10008.1.2.4.90", "image/jp2"),
    /** JPEG-LS lossless: {@code /jls/} and {@code /frames/} by negotiation. */
    JLS("jls", "1.2.840.10008.1.2.4.80", "image/jls"),
    /** JPEG-LS lossless of the frame reduced 4× per dimension: {@code /jlsThumbnail/}. */
    JLS_THUMBNAIL("jls-thumb", "1.2.840.10008.1.2.4.80", "image/jls"),
    /** Native little-endian samples: {@code /frames/} with explicit VR little endian. */
    RAW("raw", "1.2.840.10008.1.2.1", "application/octet-stream");

    private final String suffix;
    private final String transferSyntax;
    private final String mediaType;

    Representation(String suffix, String transferSyntax, String mediaType) {
        this.suffix = suffix;
        this.transferSyntax = transferSyntax;
        this.mediaType = mediaType;
    }

    static final String HTJ2K_RPCL = "1.2.840.10008.1.2.4.202";

    /** File name of frame {@code n} (1-based) in the instance's {@code frames} directory. */
    public String fileName(int frame) {
        return frame + "." + suffix;
    }

    public String transferSyntax() {
        return transferSyntax;
    }

    /** The single-part media type of this form (PS3.18 Table 8.7.3-5). */
    public String mediaType() {
        return mediaType;
    }
}
