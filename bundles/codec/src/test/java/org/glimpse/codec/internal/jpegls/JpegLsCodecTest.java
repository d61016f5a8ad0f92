package org.glimpse.codec.internal.jpegls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedPixels;
import org.glimpse.codec.internal.testing.Pixels;
import org.glimpse.fixtures.CharlsReference;
import org.glimpse.fixtures.CharlsReference.Options;
import org.glimpse.fixtures.Encoders;
import org.junit.jupiter.api.Test;

class JpegLsCodecTest {
    private static final CharlsReference CHARLS = new CharlsReference();
    private static final int W = 64;
    private static final int H = 48;
    private static final int[] PHANTOM = Encoders.phantom(W, H, 12, 7);
    private static final PixelDescriptor CT = new PixelDescriptor(H, W, 1, 16, 12, 0, "MONOCHROME2", 0);

    private static byte[] lossless() throws Exception {
        return CHARLS.encode(PHANTOM, W, H, 1, 12, Options.lossless());
    }

    @Test
    void losslessFrameGivesBackTheValues() throws Exception {
        byte[] jls = lossless();
        DecodedPixels p = JpegLsCodec.decode(jls, jls.length, CT, false, null);
        assertEquals(W, p.width());
        assertEquals(H, p.height());
        assertArrayEquals(PHANTOM, Pixels.values(p.pixels()));
    }

    @Test
    void restartIntervalsDecodeAsCharlsDecodesThem() throws Exception {
        // CharLS writes no DRI; a restart interval resets everything, so strips coded alone and joined
        // with RSTm markers make a valid stream
        int strip = 5;
        ByteArrayOutputStream s = new ByteArrayOutputStream();
        byte[] whole = lossless();
        int sos = find(whole, 0xDA);
        s.write(whole, 0, sos);
        s.write(new byte[] {(byte) 0xFF, (byte) 0xDD, 0, 4, 0, (byte) strip});
        s.write(whole, sos, 2 + u16(whole, sos + 2));
        for (int y = 0, m = 0; y < H; y += strip, m++) {
            int rows = Math.min(strip, H - y);
            byte[] part = CHARLS.encode(Arrays.copyOfRange(PHANTOM, y * W, (y + rows) * W), W, rows, 1, 12,
                    Options.lossless());
            int at = find(part, 0xDA);
            int data = at + 2 + u16(part, at + 2);
            if (y > 0) {
                s.write(new byte[] {(byte) 0xFF, (byte) (0xD0 + ((m - 1) & 7))});
            }
            s.write(part, data, part.length - 2 - data);
        }
        s.write(new byte[] {(byte) 0xFF, (byte) 0xD9});
        byte[] jls = s.toByteArray();
        assertArrayEquals(PHANTOM, CHARLS.decode(jls), "CharLS reads the joined stream");
        assertArrayEquals(PHANTOM, Pixels.values(JpegLsCodec.decode(jls, jls.length, CT, false, null).pixels()));

        byte[] wrong = jls.clone();
        int rst1 = indexOf(wrong, (byte) 0xD1);
        wrong[rst1] = (byte) 0xD3;
        CodecException e = assertThrows(CodecException.class, () -> JpegLsCodec.decode(wrong, wrong.length, CT,
                false, null));
        assertTrue(e.getMessage().contains("expected RST1") && e.getMessage().contains("byte " + (rst1 - 1)),
                e.getMessage());
    }

    @Test
    void decodesIntoTheCallersRangeAndNowhereElse() throws Exception {
        byte[] jls = lossless();
        short[] slab = new short[3 * W * H];
        Arrays.fill(slab, (short) 0x7A7A);
        PixelBuffer target = new PixelBuffer.Shorts(slab, W * H, W * H, false);
        DecodedPixels p = JpegLsCodec.decode(jls, jls.length, CT, false, target);
        assertEquals(W * H, p.pixels().offset());
        assertArrayEquals(PHANTOM, Pixels.values(p.pixels()));
        for (int i = 0; i < W * H; i++) {
            assertEquals(0x7A7A, slab[i], "before the range at " + i);
            assertEquals(0x7A7A, slab[2 * W * H + i], "after the range at " + i);
        }
        PixelBuffer small = new PixelBuffer.Shorts(new short[W * H - 1], false);
        assertThrows(IllegalArgumentException.class, () -> JpegLsCodec.decode(jls, jls.length, CT, false, small));
    }

    @Test
    void aCancelledDecodeStopsAtTheNextLineLeavingTheRestUnwritten() throws Exception {
        byte[] jls = lossless();
        short[] out = new short[W * H];
        Arrays.fill(out, (short) 0x7A7A);
        AtomicInteger asked = new AtomicInteger();
        int stopAt = 10;
        CancellationException e = assertThrows(CancellationException.class, () -> JpegLsCodec.decode(jls,
                jls.length, CT, false, new PixelBuffer.Shorts(out, false), () -> asked.incrementAndGet() > stopAt));
        assertTrue(e.getMessage().contains("after " + stopAt + " of " + H + " lines"), e.getMessage());
        assertEquals(stopAt + 1, asked.get(), "asked once before each line");
        for (int i = 0; i < W * H; i++) {
            int expected = i < stopAt * W ? PHANTOM[i] : 0x7A7A;
            assertEquals(expected, out[i], (i < stopAt * W ? "decoded" : "unwritten") + " at line " + i / W);
        }
    }

    @Test
    void signedSamplesAreSignExtendedFromBitsStored() throws Exception {
        // JPEG-LS codes the 12-bit two's complement patterns as unsigned samples; DICOM's header says signed
        int[] signed = new int[W * H];
        int[] patterns = new int[W * H];
        for (int i = 0; i < signed.length; i++) {
            signed[i] = PHANTOM[i] - 2048;
            patterns[i] = signed[i] & 0xFFF;
        }
        byte[] jls = CHARLS.encode(patterns, W, H, 1, 12, Options.lossless());
        PixelDescriptor signedCt = new PixelDescriptor(H, W, 1, 16, 12, 1, "MONOCHROME2", 0);
        assertArrayEquals(signed, Pixels.values(JpegLsCodec.decode(jls, jls.length, signedCt, false, null)
                .pixels()));
        PixelDescriptor signed8 = new PixelDescriptor(H, W, 1, 8, 7, 1, "MONOCHROME2", 0);
        int[] small = Arrays.stream(signed).map(v -> v >> 5).toArray();
        byte[] jls7 = CHARLS.encode(Arrays.stream(small).map(v -> v & 0x7F).toArray(), W, H, 1, 7,
                Options.lossless());
        assertArrayEquals(small, Pixels.values(JpegLsCodec.decode(jls7, jls7.length, signed8, false, null)
                .pixels()), "7 bits stored in 8 allocated");
        assertArrayEquals(patterns, Pixels.values(JpegLsCodec.decode(jls, jls.length, CT, false, null).pixels()),
                "unsigned values stay as decoded");
    }

    @Test
    void sizeNotMatchingDicomIsRefusedBeforeDecoding() throws Exception {
        byte[] jls = lossless();
        PixelDescriptor other = new PixelDescriptor(512, 512, 1, 16, 12, 0, "MONOCHROME2", 0);
        CodecException e = assertThrows(CodecException.class, () -> JpegLsCodec.decode(jls, jls.length, other,
                false, null));
        assertEquals(Kind.MALFORMED, e.kind());
        assertTrue(e.getMessage().contains(W + "×" + H) && e.getMessage().contains("512×512"), e.getMessage());
        DecodedPixels reduced = JpegLsCodec.decode(jls, jls.length, other, true, null);
        assertEquals(W, reduced.width(), "a reduced rendition has its own size within Columns × Rows");
        PixelDescriptor tiny = new PixelDescriptor(8, 8, 1, 16, 12, 0, "MONOCHROME2", 0);
        assertThrows(CodecException.class, () -> JpegLsCodec.decode(jls, jls.length, tiny, true, null));
    }

    @Test
    void mappingTablesColourTransformsAndOtherMaxvalAreUnsupported() throws Exception {
        byte[] jls = lossless();
        int sof = find(jls, 0xF7);
        int afterSof = sof + 2 + u16(jls, sof + 2);
        assertUnsupported(insert(jls, afterSof, 0xFF, 0xF8, 0, 5, 2, 1, 1), "mapping table");
        assertUnsupported(insert(jls, 2, 0xFF, 0xE8, 0, 7, 'm', 'r', 'f', 'x', 1), "colour transform");
        assertUnsupported(insert(jls, afterSof, 0xFF, 0xF8, 0, 13, 1, 0x0F, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                "MAXVAL 3840");
        byte[] transformNone = insert(jls, 2, 0xFF, 0xE8, 0, 7, 'm', 'r', 'f', 'x', 0);
        assertArrayEquals(PHANTOM, Pixels.values(JpegLsCodec.decode(transformNone, transformNone.length, CT,
                false, null).pixels()), "HP transform 0 is none");
    }

    @Test
    void everyCutOffPrefixIsATypedErrorNamingAByte() throws Exception {
        byte[] jls = lossless();
        for (int n = 0; n < jls.length - 1; n++) {
            int cut = n;
            CodecException e = assertThrows(CodecException.class, () -> JpegLsCodec.decode(jls, cut, CT, false,
                    null), "prefix of " + n + " bytes");
            assertTrue(e.getMessage().contains("byte") || e.getMessage().contains("bytes"), e.getMessage());
        }
    }

    @Test
    void corruptBytesGiveATypedErrorOrAnImageNeverAnotherException() throws Exception {
        byte[] jls = lossless();
        java.util.Random r = new java.util.Random(87);
        for (int i = 0; i < 3000; i++) {
            byte[] bad = jls.clone();
            int flips = 1 + r.nextInt(4);
            for (int f = 0; f < flips; f++) {
                bad[r.nextInt(bad.length)] = (byte) r.nextInt(256);
            }
            try {
                JpegLsCodec.decode(bad, bad.length, CT, false, null);
            } catch (CodecException expected) {
                assertTrue(expected.getMessage().startsWith("JPEG-LS"), expected.getMessage());
            }
        }
    }

    @Test
    void aContextWhoseGolombParameterReaches16IsRefusedAsCorrupt() {
        // sparse one bits: long unary codes, so large errors push one context's k up by several at a time
        java.util.Random r = new java.util.Random(1990);
        byte[] scan = new byte[200];
        for (int i = 0; i < scan.length; i++) {
            for (int bit = 0; bit < 7; bit++) {
                scan[i] |= (byte) (r.nextInt(12) == 0 ? 1 << bit : 0);
            }
        }
        byte[] head = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xF7, 0, 11, 16, 0, 4, 0, 16, 1, 1, 0x11, 0,
            (byte) 0xFF, (byte) 0xDA, 0, 8, 1, 1, 0, 0, 0, 0};
        byte[] jls = java.util.Arrays.copyOf(head, head.length + scan.length + 2);
        System.arraycopy(scan, 0, jls, head.length, scan.length);
        jls[jls.length - 2] = (byte) 0xFF;
        jls[jls.length - 1] = (byte) 0xD9;
        PixelDescriptor sixteen = new PixelDescriptor(4, 16, 1, 16, 16, 0, "MONOCHROME2", 0);
        CodecException e = assertThrows(CodecException.class, () -> JpegLsCodec.decode(jls, jls.length, sixteen,
                false, null));
        assertEquals(Kind.MALFORMED, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("Golomb parameter k reached 1"), e.getMessage());
    }

    private static void assertUnsupported(byte[] jls, String what) {
        CodecException e = assertThrows(CodecException.class, () -> JpegLsCodec.decode(jls, jls.length, CT, false,
                null), what);
        assertEquals(Kind.UNSUPPORTED, e.kind(), e.getMessage());
    }

    private static byte[] insert(byte[] d, int at, int... bytes) {
        byte[] out = new byte[d.length + bytes.length];
        System.arraycopy(d, 0, out, 0, at);
        for (int i = 0; i < bytes.length; i++) {
            out[at + i] = (byte) bytes[i];
        }
        System.arraycopy(d, at, out, at + bytes.length, d.length - at);
        return out;
    }

    private static int find(byte[] d, int marker) {
        for (int i = 2; i + 1 < d.length; i++) {
            if (d[i] == (byte) 0xFF && (d[i + 1] & 0xFF) == marker) {
                return i;
            }
        }
        throw new AssertionError("no marker " + Integer.toHexString(marker));
    }

    private static int indexOf(byte[] d, byte b) {
        for (int i = 1; i < d.length; i++) {
            if (d[i - 1] == (byte) 0xFF && d[i] == b) {
                return i;
            }
        }
        throw new AssertionError("no 0xFF" + Integer.toHexString(b & 0xFF));
    }

    private static int u16(byte[] d, int at) {
        return ((d[at] & 0xFF) << 8) | (d[at + 1] & 0xFF);
    }
}
