package org.glimpse.codec.internal.raw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.testing.Pixels;
import org.junit.jupiter.api.Test;

class RawCodecsTest {
    private static final PixelDescriptor SIGNED12 = new PixelDescriptor(2, 3, 1, 16, 12, 1, "MONOCHROME2", 0);

    @Test
    void littleAndBigEndianAgreeAndHighBitsAreMasked() throws Exception {
        int[] values = {0, 1, 2047, -2048, -1, 100};
        byte[] le = new byte[12];
        byte[] be = new byte[12];
        for (int i = 0; i < 6; i++) {
            int raw = (values[i] & 0x0FFF) | 0xA000; // overlay bits above BitsStored
            le[2 * i] = (byte) raw;
            le[2 * i + 1] = (byte) (raw >> 8);
            be[2 * i] = (byte) (raw >> 8);
            be[2 * i + 1] = (byte) raw;
        }
        assertArrayEquals(values, Pixels.values(UncompressedCodec.decode(le, 12, false, SIGNED12).pixels()), "little endian");
        assertArrayEquals(values, Pixels.values(UncompressedCodec.decode(be, 12, true, SIGNED12).pixels()), "big endian");
    }

    @Test
    void planarRgbIsInterleaved() throws Exception {
        PixelDescriptor rgb = new PixelDescriptor(1, 2, 3, 8, 8, 0, "RGB", 1);
        byte[] planar = {10, 11, 20, 21, 30, 31};
        assertArrayEquals(new int[] {10, 20, 30, 11, 21, 31},
                Pixels.values(UncompressedCodec.decode(planar, 6, false, rgb).pixels()), "RRGGBB → RGBRGB");
    }

    @Test
    void shortUncompressedFrameIsIncomplete() {
        CodecException e = assertThrows(CodecException.class, () -> UncompressedCodec.decode(new byte[11], 11, false,
                SIGNED12));
        assertEquals(Kind.INCOMPLETE, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("11 bytes") && e.getMessage().contains("12 needed"), e.getMessage());
    }

    @Test
    void rleRoundTripsSixteenBitRgb() throws Exception {
        PixelDescriptor rgb16 = new PixelDescriptor(4, 5, 3, 16, 16, 0, "RGB", 0);
        int n = 20;
        int[] interleaved = new int[n * 3];
        for (int i = 0; i < interleaved.length; i++) {
            interleaved[i] = i < 30 ? 0x1234 : (i * 7919) & 0xFFFF;
        }
        byte[] rle = encodeRle(interleaved, n, 3, 2);
        assertArrayEquals(interleaved, Pixels.values(RleCodec.decode(rle, rle.length, rgb16).pixels()),
                "RLE decode of what the test encoder wrote");
    }

    @Test
    void rleWithWrongSegmentCountNamesBothCounts() {
        byte[] rle = new byte[80];
        rle[0] = 2;
        PixelDescriptor mono8 = new PixelDescriptor(4, 4, 1, 8, 8, 0, "MONOCHROME2", 0);
        CodecException e = assertThrows(CodecException.class, () -> RleCodec.decode(rle, rle.length, mono8));
        assertTrue(e.getMessage().contains("announces 2 segments") && e.getMessage().contains("needs 1"),
                e.getMessage());
    }

    /** PS3.5 G.3.1 encoder: repeat runs for three or more equal bytes, literal runs otherwise. */
    @Test
    void anRleRenditionDecodesToTheSizeItsSegmentsHoldAtTheFramesAspect() throws Exception {
        PixelDescriptor frame = new PixelDescriptor(192, 256, 1, 16, 12, 0, "MONOCHROME2", 0);
        int[] v = org.glimpse.fixtures.Encoders.phantom(64, 48, 12, 3);
        byte[] rle = encodeRle(v, v.length, 1, 2);
        org.glimpse.codec.internal.core.DecodedPixels p = RleCodec.decode(rle, rle.length, frame, true);
        assertEquals(64, p.width(), "a quarter of 256 columns");
        assertEquals(48, p.height(), "a quarter of 192 rows");
        assertArrayEquals(v, Pixels.values(p.pixels()), "lossless rendition values");
        CodecException full = assertThrows(CodecException.class, () -> RleCodec.decode(rle, rle.length, frame, false));
        assertEquals(Kind.MALFORMED, full.kind(), "the same bytes as the frame itself are too few: "
                + full.getMessage());
    }

    @Test
    void anUncompressedRenditionWhosePixelsFitNoSizeAtTheFramesAspectIsMalformed() {
        PixelDescriptor frame = new PixelDescriptor(512, 512, 1, 16, 12, 0, "MONOCHROME2", 0);
        byte[] odd = new byte[2 * 7 * 13];
        CodecException e = assertThrows(CodecException.class, () -> UncompressedCodec.decode(odd, odd.length, false,
                frame, true));
        assertEquals(Kind.MALFORMED, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("182 bytes") && e.getMessage().contains("91 pixels")
                && e.getMessage().contains("512×512"), e.getMessage());
    }

    static byte[] encodeRle(int[] interleaved, int pixels, int spp, int bytes) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int segments = spp * bytes;
        int[] offsets = new int[segments];
        for (int s = 0; s < segments; s++) {
            offsets[s] = 64 + body.size();
            int sample = s / bytes;
            int shift = 8 * (bytes - 1 - s % bytes);
            byte[] plane = new byte[pixels];
            for (int i = 0; i < pixels; i++) {
                plane[i] = (byte) (interleaved[i * spp + sample] >> shift);
            }
            int i = 0;
            while (i < pixels) {
                int run = 1;
                while (i + run < pixels && plane[i + run] == plane[i] && run < 128) {
                    run++;
                }
                if (run >= 3) {
                    body.write(1 - run);
                    body.write(plane[i]);
                    i += run;
                } else {
                    int lit = Math.min(run, 128);
                    body.write(lit - 1);
                    body.write(plane, i, lit);
                    i += lit;
                }
            }
            if (body.size() % 2 == 1) {
                body.write(-128);
            }
        }
        byte[] out = new byte[64 + body.size()];
        put(out, 0, segments);
        for (int s = 0; s < segments; s++) {
            put(out, 4 + 4 * s, offsets[s]);
        }
        System.arraycopy(body.toByteArray(), 0, out, 64, body.size());
        return out;
    }

    private static void put(byte[] b, int at, int v) {
        for (int k = 0; k < 4; k++) {
            b[at + k] = (byte) (v >> (8 * k));
        }
    }

    @Test
    void deflatedFrameInflatesToLittleEndianValues() throws Exception {
        PixelDescriptor mono16 = new PixelDescriptor(3, 4, 1, 16, 16, 0, "MONOCHROME2", 0);
        byte[] le = new byte[24];
        for (int i = 0; i < 12; i++) {
            le[2 * i] = (byte) (i * 1000);
            le[2 * i + 1] = (byte) ((i * 1000) >> 8);
        }
        java.util.zip.Deflater def = new java.util.zip.Deflater(9, true);
        def.setInput(le);
        def.finish();
        byte[] z = new byte[100];
        int n = def.deflate(z);
        def.end();
        int[] expected = new int[12];
        for (int i = 0; i < 12; i++) {
            expected[i] = i * 1000;
        }
        assertArrayEquals(expected, Pixels.values(UncompressedCodec.decodeDeflated(z, n, mono16, false).pixels()), "inflated");
        CodecException e = assertThrows(CodecException.class, () -> UncompressedCodec.decodeDeflated(z, n / 2, mono16, false));
        assertEquals(Kind.MALFORMED, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("24 needed"), e.getMessage());
    }
}
