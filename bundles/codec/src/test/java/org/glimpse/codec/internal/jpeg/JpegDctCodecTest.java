package org.glimpse.codec.internal.jpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.testing.Pixels;
import org.glimpse.codec.internal.tools.DicomFiles;
import org.glimpse.codec.internal.tools.Encoders;
import org.junit.jupiter.api.Test;

/**
 * Sequential DCT JPEG decoded here against dcmtk: dcmcjpeg encodes a DICOM frame, dcmdjpeg decodes the same file
 * with the IJG library, and both sample sets must agree within ±1. The decoder uses the IJG "islow" integer IDCT
 * that dcmtk uses, so equal samples are expected; ±1 is the tolerance a different but conformant IDCT rounding
 * (IEEE 1180) would need, and the worst difference seen is part of every message.
 */
class JpegDctCodecTest {
    /** Not multiples of 8 or 16, so that partial blocks at the right and bottom edges are exercised. */
    private static final int ROWS = 75;
    private static final int COLUMNS = 101;
    private static final int TOLERANCE = 1;

    /** The JPEG fragment dcmcjpeg wrote and the values dcmdjpeg decodes from it. */
    private record Encoded(byte[] jpeg, int[] reference) {
    }

    private static Encoded dcmtk(int[] values, int bits, boolean signed, String... options) throws Exception {
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "dct");
        Path in = DicomFiles.writeGray(dir.resolve("in.dcm"), ROWS, COLUMNS, bits, signed, values);
        Path jpeg = dir.resolve("jpeg.dcm");
        Path back = dir.resolve("back.dcm");
        List<String> cmd = new ArrayList<>(List.of("dcmcjpeg"));
        cmd.addAll(List.of(options));
        cmd.addAll(List.of(in.toString(), jpeg.toString()));
        Encoders.run(cmd);
        Encoders.run(List.of("dcmdjpeg", jpeg.toString(), back.toString()));
        return new Encoded(DicomFiles.firstFragment(jpeg), DicomFiles.nativeValues(back, ROWS * COLUMNS,
                bits > 8 ? 16 : 8, bits, signed));
    }

    private static PixelDescriptor gray(int bits, int pixelRepresentation) {
        return new PixelDescriptor(ROWS, COLUMNS, 1, 16, bits, pixelRepresentation, "MONOCHROME2", 0);
    }

    /** Largest |a−b|, asserting it within the tolerance. */
    private static int assertClose(int[] expected, int[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": sample count");
        int worst = 0;
        int at = -1;
        for (int i = 0; i < expected.length; i++) {
            int diff = Math.abs(expected[i] - actual[i]);
            if (diff > worst) {
                worst = diff;
                at = i;
            }
        }
        int w = worst;
        int a = at;
        assertTrue(w <= TOLERANCE, () -> what + ": sample " + a + " (x " + a % COLUMNS + ", y " + a / COLUMNS
                + ") differs by " + w + " from dcmtk's " + expected[a] + ", got " + actual[a]);
        return worst;
    }


    @Test
    void twelveBitExtendedMatchesDcmtkAtSeveralQualities() throws Exception {
        int[] v = Encoders.phantom(COLUMNS, ROWS, 12, 7);
        for (String quality : new String[] {"50", "90", "100"}) {
            Encoded e = dcmtk(v, 12, false, "+ee", "+q", quality);
            JpegFrameHeader sof = JpegFrameHeader.read(e.jpeg(), e.jpeg().length);
            assertEquals(0xFFC1, sof.marker(), "dcmcjpeg +ee writes SOF1");
            assertEquals(12, sof.precision(), "dcmcjpeg +ee on 12-bit data writes 12-bit samples");
            int[] got = Pixels.values(JpegDctCodec.decode(e.jpeg(), e.jpeg().length, gray(12, 0)).pixels());
            assertClose(e.reference(), got, "12-bit SOF1 at quality " + quality);
            assertTrue(!Arrays.equals(v, got) || "100".equals(quality), "quality " + quality + " is lossy: a decode"
                    + " equal to the source would mean the test compares the wrong thing");
        }
    }

    @Test
    void twelveBitWithStandardTablesAndSmoothingMatchesDcmtk() throws Exception {
        int[] v = Encoders.phantom(COLUMNS, ROWS, 12, 3);
        Encoded e = dcmtk(v, 12, false, "+ee", "-ho", "+sm", "20", "+q", "75");
        int[] got = Pixels.values(JpegDctCodec.decode(e.jpeg(), e.jpeg().length, gray(12, 0)).pixels());
        assertClose(e.reference(), got, "12-bit SOF1, standard Huffman tables, smoothing 20");
    }

    @Test
    void eightBitBaselineMatchesDcmtk() throws Exception {
        int[] v = Arrays.stream(Encoders.phantom(COLUMNS, ROWS, 12, 5)).map(x -> x >> 4).toArray();
        for (String mode : new String[] {"+eb", "+ee"}) {
            Encoded e = dcmtk(v, 8, false, mode, "+q", "85");
            JpegFrameHeader sof = JpegFrameHeader.read(e.jpeg(), e.jpeg().length);
            assertEquals(8, sof.precision(), mode + " on 8-bit data");
            int[] got = Pixels.values(JpegDctCodec.decode(e.jpeg(), e.jpeg().length, gray(8, 0)).pixels());
            assertClose(e.reference(), got, "8-bit " + sof.name());
        }
    }

    @Test
    void signedTwelveBitIsReadAsDicomSays() throws Exception {
        int[] signed = Arrays.stream(Encoders.phantom(COLUMNS, ROWS, 12, 9)).map(x -> x - 2048).toArray();
        Encoded e = dcmtk(signed, 12, true, "+ee", "+q", "95");
        PixelDescriptor px = gray(12, 1);
        int[] got = Pixels.values(JpegDctCodec.decode(e.jpeg(), e.jpeg().length, px).pixels());
        assertClose(e.reference(), got, "12-bit signed");
        assertTrue(Arrays.stream(got).anyMatch(x -> x < 0), "signed frame decodes to some negative values");
    }
}
