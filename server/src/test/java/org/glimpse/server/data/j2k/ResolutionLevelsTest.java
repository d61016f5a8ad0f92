package org.glimpse.server.data.j2k;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.glimpse.server.TestData;
import org.glimpse.server.data.Catalog;
import org.glimpse.server.data.CatalogSeries;
import org.glimpse.server.data.Representation;
import org.glimpse.server.data.SampleData;
import org.glimpse.server.data.encode.PrefixCheck;
import org.junit.jupiter.api.Test;

class ResolutionLevelsTest {

    private static byte[] frame(CatalogSeries series, int instance, Representation r) throws IOException {
        return Files.readAllBytes(SampleData.tree(TestData.ROOT).resolve(series.instancePath(instance))
                .resolve("frames").resolve(r.fileName(1)));
    }

    @Test
    void packetHeaderReadingFindsTheTilePartBoundariesOpenJpegWrote() throws Exception {
        Catalog c = TestData.catalog();
        for (CatalogSeries s : List.of(c.dx(), c.ct())) {
            byte[] j2k = frame(s, 0, Representation.J2K);
            long[] ends = ResolutionLevels.levelEnds(j2k);
            List<Codestream.TilePart> parts = Codestream.parse(j2k).tileParts();
            assertEquals(ends.length, parts.size(), s.role() + ": opj_compress -TP R writes one tile-part per level");
            for (int r = 0; r + 1 < ends.length; r++) {
                assertEquals(parts.get(r + 1).start(), ends[r], s.role() + " J2K level " + r);
            }
        }
    }

    @Test
    void bothHtj2kFormsHaveTheSamePacketsAndTheirPrefixesDecodeEachLevel() throws Exception {
        Catalog c = TestData.catalog();
        Path scratch = Files.createTempDirectory("levels");
        for (CatalogSeries s : List.of(c.dx(), c.ct(), c.multiFrame())) {
            byte[] single = frame(s, 0, Representation.HTJ2K_SINGLE);
            byte[] tiled = frame(s, 0, Representation.HTJ2K_TILED);
            long[] singleEnds = ResolutionLevels.levelEnds(single);
            long[] tiledEnds = ResolutionLevels.levelEnds(tiled);
            int levels = singleEnds.length;
            assertTrue(levels >= 2, s.role() + ": needs at least two levels or this test tests nothing");
            // Splitting adds a TLM (4 + 4 per level) and one SOT+SOD (14 bytes) per extra tile-part.
            for (int r = 0; r < levels - 1; r++) {
                assertEquals(singleEnds[r] + 6 + 4L * levels + 14L * r, tiledEnds[r], s.role() + " level " + r);
            }
            PrefixCheck.verify(single, singleEnds, scratch, s.role() + " single tile-part");
            PrefixCheck.verify(tiled, tiledEnds, scratch, s.role() + " tile-parts per level");
        }
    }

    @Test
    void aPrefixOneByteShortOfALevelEndDoesNotDecodeThatLevel() throws Exception {
        byte[] cs = frame(TestData.catalog().dx(), 0, Representation.HTJ2K_SINGLE);
        long[] ends = ResolutionLevels.levelEnds(cs);
        long[] shortened = ends.clone();
        shortened[1] = ends[1] - 1;
        Path scratch = Files.createTempDirectory("levels");
        IOException e = assertThrows(IOException.class, () -> PrefixCheck.verify(cs, shortened, scratch, "dx"),
                "a level end one byte early must be caught by decoding, or the check proves nothing");
        assertTrue(e.getMessage().contains("level 1"), e.getMessage());
    }

    @Test
    void splitCodestreamAnnouncesEveryTilePartInItsTlm() throws Exception {
        byte[] tiled = frame(TestData.catalog().ct(), 3, Representation.HTJ2K_TILED);
        Codestream c = Codestream.parse(tiled);
        assertTrue(c.hasTlm(), "TLM present");
        assertEquals(c.decompositions() + 1, c.tileParts().size(), "one tile-part per resolution level");
        int tlm = indexOf(tiled, 0xFF, 0x55);
        for (int i = 0; i < c.tileParts().size(); i++) {
            Codestream.TilePart p = c.tileParts().get(i);
            assertEquals(p.end() - p.start(), Codestream.s32(tiled, tlm + 6 + 4 * i), "Ptlm of tile-part " + i);
        }
    }

    @Test
    void splittingKeepsThePacketBytes() throws Exception {
        byte[] single = frame(TestData.catalog().dx(), 0, Representation.HTJ2K_SINGLE);
        long[] ends = ResolutionLevels.levelEnds(single);
        byte[] tiled = TilePartSplitter.splitByResolution(single, ends);
        Codestream s = Codestream.parse(single);
        Codestream t = Codestream.parse(tiled);
        byte[] packetsSingle = Arrays.copyOfRange(single, s.tileParts().get(0).dataStart(), s.tileParts().get(0).end());
        java.io.ByteArrayOutputStream packetsTiled = new java.io.ByteArrayOutputStream();
        for (Codestream.TilePart p : t.tileParts()) {
            packetsTiled.write(tiled, p.dataStart(), p.end() - p.dataStart());
        }
        assertArrayEquals(packetsSingle, packetsTiled.toByteArray(), "packet data after splitting");
        assertThrows(CodestreamException.class, () -> TilePartSplitter.splitByResolution(tiled,
                ResolutionLevels.levelEnds(tiled)), "a split codestream cannot be split again");
    }

    @Test
    void damagedCodestreamsAreRejectedNamingTheOffset() throws Exception {
        byte[] cs = frame(TestData.catalog().ct(), 0, Representation.HTJ2K_SINGLE);
        CodestreamException noSoc = assertThrows(CodestreamException.class,
                () -> ResolutionLevels.levelEnds(new byte[] {0, 1, 2, 3}));
        assertTrue(noSoc.getMessage().contains("SOC"), noSoc.getMessage());
        CodestreamException cut = assertThrows(CodestreamException.class,
                () -> ResolutionLevels.levelEnds(Arrays.copyOf(cs, 60)));
        assertTrue(cut.getMessage().contains("offset"), cut.getMessage());
        byte[] longer = Arrays.copyOf(cs, cs.length + 1);
        System.arraycopy(cs, cs.length - 2, longer, cs.length - 1, 2);
        longer[cs.length - 2] = 0;
        CodestreamException extra = assertThrows(CodestreamException.class, () -> {
            // One extra byte in the tile data: packets no longer end where the tile-part does.
            byte[] patched = longer.clone();
            int sot = Codestream.parse(cs).tileParts().get(0).start();
            int psot = Codestream.s32(patched, sot + 6) + 1;
            patched[sot + 6] = (byte) (psot >>> 24);
            patched[sot + 7] = (byte) (psot >>> 16);
            patched[sot + 8] = (byte) (psot >>> 8);
            patched[sot + 9] = (byte) psot;
            ResolutionLevels.levelEnds(patched);
        });
        assertTrue(extra.getMessage().contains("tile data ends"), extra.getMessage());
        assertNotEquals(0, cs.length);
    }

    private static int indexOf(byte[] b, int m0, int m1) {
        for (int i = 0; i + 1 < b.length; i++) {
            if ((b[i] & 0xFF) == m0 && (b[i + 1] & 0xFF) == m1) {
                return i;
            }
        }
        throw new AssertionError("marker " + Integer.toHexString(m0) + Integer.toHexString(m1) + " not found");
    }
}
