package org.glimpse.server.data.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glimpse.server.TestData;
import org.glimpse.server.data.Catalog;
import org.glimpse.server.data.CatalogSeries;
import org.glimpse.server.data.Representation;
import org.glimpse.server.data.SampleData;
import org.junit.jupiter.api.Test;

/** Every stored form of a frame decodes back to its raw samples (lossless), signed CT included. */
class StoredFormsTest {

    private static Path frames(CatalogSeries s, int instance) {
        return SampleData.tree(TestData.ROOT).resolve(s.instancePath(instance)).resolve("frames");
    }

    @Test
    void htj2kAndJ2kDecodeToTheRawSamples() throws Exception {
        Catalog c = TestData.catalog();
        Path scratch = Files.createTempDirectory("forms");
        for (CatalogSeries s : List.of(c.dx(), c.ct(), c.multiFrame())) {
            Path dir = frames(s, 0);
            byte[] raw = Files.readAllBytes(dir.resolve(Representation.RAW.fileName(1)));
            boolean signed = s.instances().get(0).signed();
            for (Representation r : List.of(Representation.HTJ2K_TILED, Representation.HTJ2K_SINGLE)) {
                // OpenJPEG is the reference: the encoder is OpenJPH, and OpenJPH 0.9 misreads signed streams
                // that other decoders read right (and reads back its own wrong ones), so it cannot judge them.
                Path ref = scratch.resolve(s.role() + "-" + r + ".rawl");
                ExternalTool.run(List.of("opj_decompress", "-i", dir.resolve(r.fileName(1)).toString(), "-o",
                        ref.toString()), scratch);
                assertArrayEquals(raw, Files.readAllBytes(ref), s.role() + " " + r + " decoded by opj_decompress");
                if (!signed) {
                    Path out = scratch.resolve(s.role() + "-" + r + ".yuv");
                    ExternalTool.run(List.of("ojph_expand", "-i", dir.resolve(r.fileName(1)).toString(), "-o",
                            out.toString()), scratch);
                    assertArrayEquals(raw, Files.readAllBytes(out), s.role() + " " + r + " decoded by ojph_expand");
                }
            }
            Path out = scratch.resolve(s.role() + "-j2k.rawl");
            ExternalTool.run(List.of("opj_decompress", "-i", dir.resolve(Representation.J2K.fileName(1)).toString(),
                    "-o", out.toString()), scratch);
            assertArrayEquals(raw, Files.readAllBytes(out), s.role() + " J2K decoded by opj_decompress");
        }
    }

    @Test
    void jpegLsDecodesToTheRawSamplesAndTheThumbnailToTheirQuarterSizeMean() throws IOException {
        Catalog c = TestData.catalog();
        CharLsDecoder decoder = new CharLsDecoder();
        for (CatalogSeries s : List.of(c.dx(), c.ct())) {
            Path dir = frames(s, 1 % s.instances().size());
            byte[] raw = Files.readAllBytes(dir.resolve(Representation.RAW.fileName(1)));
            int size = s.instances().get(0).columns();
            CharLsDecoder.Decoded jls = decoder.decode(Files.readAllBytes(dir.resolve(Representation.JLS.fileName(1))));
            assertEquals(size, jls.width(), s.role() + " JPEG-LS width");
            assertArrayEquals(raw, jls.samples(), s.role() + " JPEG-LS is lossless");
            CharLsDecoder.Decoded thumb = decoder.decode(Files.readAllBytes(
                    dir.resolve(Representation.JLS_THUMBNAIL.fileName(1))));
            assertEquals(size / 4, thumb.width(), s.role() + " thumbnail width");
            boolean signed = s.instances().get(0).signed();
            for (int[] p : new int[][] {{0, 0}, {size / 8, size / 8}, {size / 4 - 1, size / 4 - 1}}) {
                double sum = 0;
                for (int y = p[1] * 4; y < p[1] * 4 + 4; y++) {
                    for (int x = p[0] * 4; x < p[0] * 4 + 4; x++) {
                        sum += sample(raw, y * size + x, signed);
                    }
                }
                assertEquals(Math.round(sum / 16), sample(thumb.samples(), p[1] * (size / 4) + p[0], signed),
                        s.role() + " thumbnail pixel " + p[0] + "," + p[1]);
            }
        }
    }

    private static int sample(byte[] le, int index, boolean signed) {
        int v = (le[2 * index] & 0xFF) | (le[2 * index + 1] << 8);
        return signed ? v : v & 0xFFFF;
    }
}
