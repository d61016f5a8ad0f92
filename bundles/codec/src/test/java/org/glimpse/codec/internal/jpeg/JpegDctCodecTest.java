package org.glimpse.codec.internal.jpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.codec.internal.core.Cancellation;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.testing.Pixels;
import org.glimpse.fixtures.DicomFiles;
import org.glimpse.fixtures.Encoders;
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
    void decodesIntoTheCallersRangeAndStopsAtTheRowOfBlocksAfterACancel() throws Exception {
        Encoded e = dcmtk(Encoders.phantom(COLUMNS, ROWS, 12, 8), 12, false, "+ee", "+q", "90");
        int n = ROWS * COLUMNS;
        short[] slab = new short[3 * n];
        Arrays.fill(slab, (short) 0x7A7A);
        PixelBuffer middle = new PixelBuffer.Shorts(slab, n, n, false);
        int[] got = Pixels.values(JpegDctCodec.decode(e.jpeg(), e.jpeg().length, gray(12, 0), false, middle,
                Cancellation.NONE).pixels());
        assertClose(e.reference(), got, "into a slab");
        for (int i = 0; i < n; i++) {
            assertEquals(0x7A7A, slab[i] & slab[2 * n + i], "outside the range at " + i);
        }
        AtomicInteger asked = new AtomicInteger();
        CancellationException c = assertThrows(CancellationException.class, () -> JpegDctCodec.decode(e.jpeg(),
                e.jpeg().length, gray(12, 0), false, null, () -> asked.incrementAndGet() > 3));
        assertTrue(c.getMessage().contains("after 3 of " + (ROWS + 7) / 8 + " rows of blocks"), c.getMessage());
    }

    @Test
    void twelveBitWithStandardTablesAndSmoothingMatchesDcmtk() throws Exception {
        int[] v = Encoders.phantom(COLUMNS, ROWS, 12, 3);
        Encoded e = dcmtk(v, 12, false, "+ee", "-ho", "+sm", "20", "+q", "75");
        int[] got = Pixels.values(JpegDctCodec.decode(e.jpeg(), e.jpeg().length, gray(12, 0)).pixels());
        assertClose(e.reference(), got, "12-bit SOF1, standard Huffman tables, smoothing 20");
    }

    @Test
    void twelveBitFullRangeEdgesAtQuality100MatchDcmtk() throws Exception {
        // one-pixel 0/4095 patterns give the largest coefficients 12-bit JPEG holds, with all quantizers 1:
        // the IDCT's intermediate values are at their widest here
        int[] v = new int[ROWS * COLUMNS];
        for (int i = 0; i < v.length; i++) {
            int x = i % COLUMNS;
            int y = i / COLUMNS;
            v[i] = y < ROWS / 2 ? ((x + y) % 2) * 4095 : (x / 3 % 2 == 0 ? 4095 : 0);
        }
        Encoded e = dcmtk(v, 12, false, "+ee", "+q", "100");
        int[] got = Pixels.values(JpegDctCodec.decode(e.jpeg(), e.jpeg().length, gray(12, 0)).pixels());
        assertClose(e.reference(), got, "12-bit 0/4095 checkerboard and stripes at quality 100");
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

    /**
     * An 8-bit JPEG from the JDK's writer (the IJG library), with a restart interval of {@code restart} MCUs and
     * every component sampled {@code h}×{@code v} (the first) or 1×1 (the others): dcmcjpeg writes no DRI.
     */
    static byte[] jdkJpeg(BufferedImage img, int restart, int h, int v) throws Exception {
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        try {
            ImageWriteParam param = w.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            IIOMetadata meta = w.getDefaultImageMetadata(new ImageTypeSpecifier(img), param);
            String format = "javax_imageio_jpeg_image_1.0";
            IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
            IIOMetadataNode seq = (IIOMetadataNode) root.getElementsByTagName("markerSequence").item(0);
            IIOMetadataNode sof = (IIOMetadataNode) seq.getElementsByTagName("sof").item(0);
            var specs = sof.getElementsByTagName("componentSpec");
            for (int i = 0; i < specs.getLength(); i++) {
                IIOMetadataNode c = (IIOMetadataNode) specs.item(i);
                c.setAttribute("HsamplingFactor", String.valueOf(i == 0 ? h : 1));
                c.setAttribute("VsamplingFactor", String.valueOf(i == 0 ? v : 1));
            }
            if (restart > 0) {
                IIOMetadataNode dri = new IIOMetadataNode("dri");
                dri.setAttribute("interval", String.valueOf(restart));
                seq.insertBefore(dri, sof);
            }
            meta.setFromTree(format, root);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                w.setOutput(ios);
                w.write(null, new IIOImage(img, null, meta), param);
            }
            return out.toByteArray();
        } finally {
            w.dispose();
        }
    }

    private static BufferedImage image(int type, int seed) {
        BufferedImage img = new BufferedImage(COLUMNS, ROWS, type);
        int[] v = Encoders.phantom(COLUMNS, ROWS, 8, seed);
        for (int b = 0; b < img.getRaster().getNumBands(); b++) {
            for (int i = 0; i < v.length; i++) {
                img.getRaster().setSample(i % COLUMNS, i / COLUMNS, b, (v[i] + 40 * b * (i % COLUMNS) / COLUMNS)
                        & 0xFF);
            }
        }
        return img;
    }

    /** What the JDK's reader (the IJG library, islow IDCT) makes of a stream: RGB for three components. */
    private static int[] jdkDecode(byte[] jpeg, int bands) throws Exception {
        ImageReader r = ImageIO.getImageReadersByFormatName("jpeg").next();
        try {
            r.setInput(ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(jpeg)));
            var raster = bands == 1 ? r.readRaster(0, null) : r.read(0).getRaster();
            return raster.getPixels(0, 0, COLUMNS, ROWS, (int[]) null);
        } finally {
            r.dispose();
        }
    }

    private static int count(byte[] d, int marker) {
        int n = 0;
        for (int i = 0; i + 1 < d.length; i++) {
            if ((d[i] & 0xFF) == 0xFF && (d[i + 1] & 0xFF) == marker) {
                n++;
            }
        }
        return n;
    }

    @Test
    void restartIntervalsAreFollowed() throws Exception {
        BufferedImage img = image(BufferedImage.TYPE_BYTE_GRAY, 13);
        for (int restart : new int[] {1, 5, 13}) {
            byte[] jpeg = jdkJpeg(img, restart, 1, 1);
            assertTrue(count(jpeg, 0xDD) == 1 && count(jpeg, 0xD0) > 0, "the writer put a DRI of " + restart
                    + " and RST markers into the stream");
            int[] got = Pixels.values(JpegDctCodec.decode(jpeg, jpeg.length, gray(8, 0)).pixels());
            assertClose(jdkDecode(jpeg, 1), got, "8-bit gray, restart every " + restart + " MCUs");
        }
    }

    @Test
    void wrongRestartMarkerIsMalformed() throws Exception {
        byte[] jpeg = jdkJpeg(image(BufferedImage.TYPE_BYTE_GRAY, 13), 4, 1, 1);
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xD1) {
                jpeg[i + 1] = (byte) 0xD5;
                break;
            }
        }
        CodecException e = assertThrows(CodecException.class, () -> JpegDctCodec.decode(jpeg, jpeg.length,
                gray(8, 0)));
        assertEquals(Kind.MALFORMED, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("RST5") && e.getMessage().contains("RST1"), e.getMessage());
    }

    @Test
    void colourInterleavedScansBecomeRgbAsTheIjgLibraryDoes() throws Exception {
        BufferedImage img = image(BufferedImage.TYPE_3BYTE_BGR, 17);
        PixelDescriptor ybr = new PixelDescriptor(ROWS, COLUMNS, 3, 8, 8, 0, "YBR_FULL", 0);
        byte[] full = jdkJpeg(img, 0, 1, 1);
        int[] got = Pixels.values(JpegDctCodec.decode(full, full.length, ybr).pixels());
        assertClose(jdkDecode(full, 3), got, "YCbCr 1×1 1×1 1×1 to RGB");
        for (int[] hv : new int[][] {{2, 1}, {2, 2}}) {
            byte[] sub = jdkJpeg(img, 7, hv[0], hv[1]);
            int sof = indexOf(sub, 0xC0);
            assertEquals(hv[0] << 4 | hv[1], sub[sof + 11] & 0xFF, "the writer sampled luma " + hv[0] + "×" + hv[1]);
            assertEquals(0x11, sub[sof + 14] & 0xFF, "and chroma 1×1");
            int[] got2 = Pixels.values(JpegDctCodec.decode(sub, sub.length, ybr).pixels());
            assertClose(jdkDecode(sub, 3), got2, "YCbCr, luma " + hv[0] + "×" + hv[1] + " (IJG fancy upsampling),"
                    + " restart every 7 MCUs, to RGB");
        }
    }

    @Test
    void truncatedScanIsIncompleteWithItsOffset() throws Exception {
        Encoded e = dcmtk(Encoders.phantom(COLUMNS, ROWS, 12, 7), 12, false, "+ee");
        int cut = e.jpeg().length * 2 / 3;
        CodecException x = assertThrows(CodecException.class, () -> JpegDctCodec.decode(e.jpeg(), cut, gray(12, 0)));
        assertEquals(Kind.INCOMPLETE, x.kind(), x.getMessage());
        assertTrue(x.getMessage().contains("byte " + cut), "names where the data ends: " + x.getMessage());
    }

    @Test
    void forgedFrameSizeIsRefusedBeforeAllocating() throws Exception {
        Encoded e = dcmtk(Encoders.phantom(COLUMNS, ROWS, 12, 7), 12, false, "+ee");
        byte[] d = e.jpeg().clone();
        int sof = indexOf(d, 0xC1);
        d[sof + 5] = (byte) 0xFF;
        d[sof + 6] = (byte) 0xF0;
        d[sof + 7] = (byte) 0xFF;
        d[sof + 8] = (byte) 0xF0;
        CodecException gate = assertThrows(CodecException.class, () -> JpegDctCodec.decode(d, d.length, gray(12, 0)));
        assertEquals(Kind.MALFORMED, gate.kind(), gate.getMessage());
        assertTrue(gate.getMessage().contains("65520×65520") && gate.getMessage().contains(COLUMNS + "×" + ROWS),
                gate.getMessage());
        // DICOM agreeing with the forged size: the bytes held cannot cover that many blocks
        PixelDescriptor huge = new PixelDescriptor(65520, 65520, 1, 16, 12, 0, "MONOCHROME2", 0);
        CodecException size = assertThrows(CodecException.class, () -> JpegDctCodec.decode(d, d.length, huge));
        assertEquals(Kind.INCOMPLETE, size.kind(), size.getMessage());
        assertTrue(size.getMessage().contains("67076100 blocks"), size.getMessage());
    }

    @Test
    void undecodableHuffmanCodeIsMalformedWithItsOffset() throws Exception {
        Encoded e = dcmtk(Encoders.phantom(COLUMNS, ROWS, 12, 7), 12, false, "+ee");
        byte[] d = e.jpeg().clone();
        int sos = indexOf(d, 0xDA);
        int data = sos + 2 + ((d[sos + 2] & 0xFF) << 8 | d[sos + 3] & 0xFF);
        // 32 one bits ("FF 00" is a stuffed data FF): no Huffman table has an all-ones code (T.81 C)
        for (int i = 0; i < 8; i += 2) {
            d[data + i] = (byte) 0xFF;
            d[data + i + 1] = 0;
        }
        CodecException x = assertThrows(CodecException.class, () -> JpegDctCodec.decode(d, d.length, gray(12, 0)));
        assertEquals(Kind.MALFORMED, x.kind(), x.getMessage());
        assertTrue(x.getMessage().contains("Huffman code") && x.getMessage().contains("at byte"), x.getMessage());
    }

    @Test
    void missingHuffmanTableIsMalformed() throws Exception {
        Encoded e = dcmtk(Encoders.phantom(COLUMNS, ROWS, 12, 7), 12, false, "+ee");
        byte[] d = e.jpeg();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int p = 0;
        int removed = 0;
        while (p < d.length) {
            if (p + 3 < d.length && (d[p] & 0xFF) == 0xFF && (d[p + 1] & 0xFF) == 0xC4) {
                p += 2 + ((d[p + 2] & 0xFF) << 8 | d[p + 3] & 0xFF);
                removed++;
                continue;
            }
            out.write(d[p++]);
        }
        assertTrue(removed > 0, "the stream had DHT segments to remove");
        byte[] noDht = out.toByteArray();
        CodecException x = assertThrows(CodecException.class,
                () -> JpegDctCodec.decode(noDht, noDht.length, gray(12, 0)));
        assertEquals(Kind.MALFORMED, x.kind(), x.getMessage());
        assertTrue(x.getMessage().contains("DHT"), x.getMessage());
    }

    @Test
    void progressiveIsUnsupported() throws Exception {
        Encoded e = dcmtk(Encoders.phantom(COLUMNS, ROWS, 12, 7), 12, false, "+ep");
        CodecException x = assertThrows(CodecException.class, () -> JpegDctCodec.decode(e.jpeg(), e.jpeg().length,
                gray(12, 0)));
        assertEquals(Kind.UNSUPPORTED, x.kind(), x.getMessage());
    }

    /** The first marker 0xFF{@code code} after SOI. */
    private static int indexOf(byte[] d, int code) {
        for (int i = 2; i + 1 < d.length; i++) {
            if ((d[i] & 0xFF) == 0xFF && (d[i + 1] & 0xFF) == code) {
                return i;
            }
        }
        throw new AssertionError(String.format("no marker 0xFF%02X in the stream", code));
    }
}
