package org.glimpse.server.data.encode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glimpse.server.data.j2k.Codestream;
import org.glimpse.server.data.j2k.CodestreamException;
import org.glimpse.server.data.j2k.ResolutionLevels;
import org.glimpse.server.data.j2k.TilePartSplitter;

/**
 * Encodes one frame into every stored form with the Debian codecs: {@code ojph_compress} (HTJ2K),
 * {@code opj_compress} (JPEG 2000) and CharLS (JPEG-LS). Thread-safe; each call uses its own scratch files.
 */
public final class FrameEncoder {
    private final JpegLsEncoder jpegLs = new JpegLsEncoder();

    /** Decomposition levels so that the lowest resolution is at most 64 pixels on its longer side. */
    public static int decompositionsFor(int width, int height) {
        int d = 0;
        while (((Math.max(width, height) + (1 << d) - 1) >> d) > 64) {
            d++;
        }
        return d;
    }

    /** opj_compress -TP R wrote one tile-part per level: the packet reader must find the same boundaries. */
    private static void requireTilePartsAtLevelEnds(byte[] j2k, long[] levels) throws CodestreamException {
        List<Codestream.TilePart> parts = Codestream.parse(j2k).tileParts();
        for (int r = 0; r + 1 < levels.length; r++) {
            if (r + 1 >= parts.size() || parts.get(r + 1).start() != levels[r]) {
                throw new CodestreamException("J2K resolution " + r + " ends at " + levels[r]
                        + " by its packet headers, but opj_compress started tile-part " + (r + 1) + " at "
                        + (r + 1 < parts.size() ? parts.get(r + 1).start() : -1));
            }
        }
    }

    /**
     * @param pixels  little-endian 16-bit samples
     * @param bits    BitsStored
     * @param signed  PixelRepresentation 1
     * @param scratch an existing directory for this call only
     */
    public EncodedFrame encode(byte[] pixels, int width, int height, int bits, boolean signed, Path scratch)
            throws IOException {
        int d = decompositionsFor(width, height);
        Path raw = scratch.resolve("frame.rawl");
        // ojph_compress reads raw samples only by the .yuv name (0.21 refuses .rawl); 16-bit little-endian
        Path htInput = scratch.resolve("frame-ht.yuv");
        Files.write(raw, pixels);
        try {
            // ojph_compress 0.9 mis-codes signed samples: give it level-shifted unsigned ones (SignedHtj2k)
            Files.write(htInput, signed ? SignedHtj2k.levelShifted(pixels, bits) : pixels);
            Path ht = scratch.resolve("frame.j2c");
            ExternalTool.run(List.of("ojph_compress", "-i", htInput.toString(), "-o", ht.toString(),
                    "-num_decomps", Integer.toString(d), "-reversible", "true", "-prog_order", "RPCL",
                    "-dims", "{" + width + "," + height + "}", "-num_comps", "1", "-signed", "false",
                    "-bit_depth", Integer.toString(bits), "-downsamp", "{1,1}"), scratch);
            byte[] single = Files.readAllBytes(ht);
            if (signed) {
                SignedHtj2k.markSigned(single);
            }
            long[] singleLevels = ResolutionLevels.levelEnds(single);
            byte[] tiled = TilePartSplitter.splitByResolution(single, singleLevels);
            long[] tiledLevels = ResolutionLevels.levelEnds(tiled);

            Path j2kFile = scratch.resolve("frame.j2k");
            ExternalTool.run(List.of("opj_compress", "-i", raw.toString(), "-o", j2kFile.toString(),
                    "-F", width + "," + height + ",1," + bits + "," + (signed ? "s" : "u"),
                    "-n", Integer.toString(d + 1), "-p", "RPCL", "-TP", "R", "-TLM"), scratch);
            byte[] j2k = Files.readAllBytes(j2kFile);
            long[] j2kLevels = ResolutionLevels.levelEnds(j2k);
            requireTilePartsAtLevelEnds(j2k, j2kLevels);

            byte[] jls = jpegLs.encode(pixels, width, height, bits);
            int tw = Math.max(1, width / 4);
            int th = Math.max(1, height / 4);
            byte[] thumb = jpegLs.encode(Thumbnail.reduce4(pixels, width, height, signed), tw, th, bits);
            Files.delete(ht);
            Files.delete(j2kFile);
            return new EncodedFrame(tiled, tiledLevels, single, singleLevels, j2k, j2kLevels, jls, thumb, tw, th,
                    pixels);
        } catch (CodestreamException e) {
            throw new IOException("codestream of a " + width + "x" + height + " frame: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(raw);
            Files.deleteIfExists(htInput);
        }
    }
}
