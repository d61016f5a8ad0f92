package org.glimpse.codec.internal.jpeg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.codec.internal.core.Cancellation;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.fixtures.DicomFiles;
import org.glimpse.codec.internal.testing.Pixels;
import org.glimpse.fixtures.Encoders;
import org.junit.jupiter.api.Test;

/** JPEG lossless decoded here against what dcmtk's dcmcjpeg encoded (its true-lossless codec). */
class JpegLosslessCodecTest {
    private static final int ROWS = 40;
    private static final int COLUMNS = 56;

    private static byte[] dcmcjpeg(int[] values, int bits, boolean signed, String... options) throws Exception {
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "ljpeg");
        Path in = DicomFiles.writeGray(dir.resolve("in.dcm"), ROWS, COLUMNS, bits, signed, values);
        Path out = dir.resolve("out.dcm");
        List<String> cmd = new ArrayList<>(List.of("dcmcjpeg"));
        cmd.addAll(List.of(options));
        cmd.addAll(List.of(in.toString(), out.toString()));
        Encoders.run(cmd);
        return DicomFiles.firstFragment(out);
    }

    @Test
    void everySelectionValueDecodesToTheEncodedValues() throws Exception {
        int[] v = Encoders.phantom(COLUMNS, ROWS, 12, 5);
        PixelDescriptor px = new PixelDescriptor(ROWS, COLUMNS, 1, 16, 12, 0, "MONOCHROME2", 0);
        for (int sv = 1; sv <= 7; sv++) {
            byte[] jpeg = dcmcjpeg(v, 12, false, "+el", "+sv", String.valueOf(sv));
            assertArrayEquals(v, Pixels.values(JpegLosslessCodec.decode(jpeg, jpeg.length, px).pixels()),
                    "selection value " + sv);
        }
    }

    @Test
    void decodesIntoTheCallersRangeAndStopsAtTheLineAfterACancel() throws Exception {
        int[] v = Encoders.phantom(COLUMNS, ROWS, 12, 6);
        PixelDescriptor px = new PixelDescriptor(ROWS, COLUMNS, 1, 16, 12, 0, "MONOCHROME2", 0);
        byte[] jpeg = dcmcjpeg(v, 12, false, "+el");
        short[] slab = new short[3 * ROWS * COLUMNS];
        PixelBuffer middle = new PixelBuffer.Shorts(slab, ROWS * COLUMNS, ROWS * COLUMNS, false);
        assertArrayEquals(v, Pixels.values(JpegLosslessCodec.decode(jpeg, jpeg.length, px, false, middle,
                Cancellation.NONE).pixels()));
        for (int i = 0; i < ROWS * COLUMNS; i++) {
            assertEquals(0, slab[i] | slab[2 * ROWS * COLUMNS + i], "outside the range at " + i);
        }
        AtomicInteger asked = new AtomicInteger();
        CancellationException e = assertThrows(CancellationException.class, () -> JpegLosslessCodec.decode(jpeg,
                jpeg.length, px, false, null, () -> asked.incrementAndGet() > 7));
        assertTrue(e.getMessage().contains("after 7 of " + ROWS + " lines"), e.getMessage());
    }

    @Test
    void sixteenBitFullRangeWithSv1() throws Exception {
        int[] v = new int[ROWS * COLUMNS];
        for (int i = 0; i < v.length; i++) {
            v[i] = (i * 2654435761L % 65536 < 32768) ? (int) (i * 40503L % 65536) : 65535 - i % 7;
        }
        PixelDescriptor px = new PixelDescriptor(ROWS, COLUMNS, 1, 16, 16, 0, "MONOCHROME2", 0);
        byte[] jpeg = dcmcjpeg(v, 16, false, "+e1");
        assertArrayEquals(v, Pixels.values(JpegLosslessCodec.decode(jpeg, jpeg.length, px).pixels()),
                "16-bit noise, SV1 (.70)");
    }

    @Test
    void signedValuesComeBackSigned() throws Exception {
        int[] v = Encoders.phantom(COLUMNS, ROWS, 12, 9);
        int[] signed = Arrays.stream(v).map(x -> x - 2048).toArray();
        int[] stored = Arrays.stream(signed).map(x -> x & 0x0FFF).toArray();
        PixelDescriptor px = new PixelDescriptor(ROWS, COLUMNS, 1, 16, 12, 1, "MONOCHROME2", 0);
        byte[] jpeg = dcmcjpeg(signed, 12, true, "+e1");
        int[] got = Pixels.values(JpegLosslessCodec.decode(jpeg, jpeg.length, px).pixels());
        assertArrayEquals(signed, got, "12-bit signed (stored " + stored[0] + "…)");
    }

    @Test
    void truncatedScanIsIncompleteAndSizeMismatchIsMalformed() throws Exception {
        int[] v = Encoders.phantom(COLUMNS, ROWS, 12, 5);
        byte[] jpeg = dcmcjpeg(v, 12, false, "+e1");
        PixelDescriptor px = new PixelDescriptor(ROWS, COLUMNS, 1, 16, 12, 0, "MONOCHROME2", 0);
        CodecException cut = assertThrows(CodecException.class,
                () -> JpegLosslessCodec.decode(jpeg, jpeg.length / 2, px));
        assertEquals(Kind.INCOMPLETE, cut.kind(), cut.getMessage());
        PixelDescriptor other = new PixelDescriptor(512, 512, 1, 16, 12, 0, "MONOCHROME2", 0);
        CodecException size = assertThrows(CodecException.class,
                () -> JpegLosslessCodec.decode(jpeg, jpeg.length, other));
        assertTrue(size.getMessage().contains(COLUMNS + "×" + ROWS) && size.getMessage().contains("512×512"),
                size.getMessage());
    }
}
