package org.glimpse.codec.internal.jna;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedPixels;
import org.glimpse.codec.internal.j2k.J2kInspector;
import org.glimpse.fixtures.Encoders;
import org.glimpse.codec.internal.testing.Pixels;
import org.glimpse.codec.internal.testing.TestCodestreams;
import org.junit.jupiter.api.Test;

class OpenJpegCodecTest {
    private static final int SIZE = 128;
    private static final TestCodestreams STREAMS = new TestCodestreams(SIZE);
    private static final PixelDescriptor CT = new PixelDescriptor(SIZE, SIZE, 1, 16, 12, 0, "MONOCHROME2", 0);
    private static final OpenJpegCodec CODEC = new OpenJpegCodec(NativeLibraries.load(OpenJpegLibrary.class,
            List.of(), "libopenjp2.so.7", "openjp2").library().orElseThrow());

    @Test
    void losslessHtj2kDecodesToTheEncodedValues() throws Exception {
        byte[] cs = STREAMS.htj2kRpcl();
        DecodedPixels p = Direct.openjpeg(CODEC, cs, cs.length, true, 0, 2, CT);
        assertEquals(SIZE, p.width(), "width");
        assertArrayEquals(Encoders.phantom(SIZE, SIZE, 12, 7), Pixels.values(p.pixels()),
                "lossless HTJ2K must give back the phantom");
    }

    @Test
    void everyInspectedHtj2kLevelBoundaryDecodesLikeTheFullStream() throws Exception {
        byte[] cs = STREAMS.htj2kRpcl("-precincts", "{16,16},{32,32}", "-block_size", "{16,16}");
        verifyBoundaries(cs, false);
    }

    @Test
    void everyInspectedJ2kLevelBoundaryIsExact() throws Exception {
        // classic J2K truncated mid-code-block decodes (non-strict) to other values: the boundary is tight
        byte[] cs = STREAMS.j2k("rpcl", "-n", "6", "-p", "RPCL", "-c", "[32,32],[64,64]", "-b", "16,16");
        verifyBoundaries(cs, true);
    }

    private static void verifyBoundaries(byte[] cs, boolean checkOneByteShort) throws Exception {
        long[] ends = J2kInspector.inspect(cs, cs.length, true).levels().levelEnds();
        int nl = ends.length - 1;
        for (int r = 0; r < nl; r++) {
            int reduce = nl - r;
            int[] whole = Pixels.values(Direct.openjpeg(CODEC, cs, cs.length, true, reduce, 1, CT).pixels());
            DecodedPixels prefix = Direct.openjpeg(CODEC, cs, (int) ends[r], false, reduce, 1, CT);
            assertEquals(reduce, prefix.reduce(), "decoded reduce");
            assertArrayEquals(whole, Pixels.values(prefix.pixels()), "prefix of " + ends[r] + " bytes must decode level "
                    + r + " exactly; ends " + Arrays.toString(ends));
            if (checkOneByteShort) {
                boolean differs;
                try {
                    differs = !Arrays.equals(whole, Pixels.values(Direct.openjpeg(CODEC, cs, (int) ends[r] - 1, false, reduce, 1,
                            CT).pixels()));
                } catch (CodecException e) {
                    differs = true;
                }
                assertTrue(differs, "one byte less than " + ends[r] + " must not yield level " + r);
            }
        }
    }

    @Test
    void garbageAfterSizIsATypedError() throws Exception {
        byte[] cs = STREAMS.j2k("bad", "-n", "3");
        byte[] broken = Arrays.copyOf(cs, 60);
        Arrays.fill(broken, 45, 60, (byte) 0x7F);
        CodecException e = org.junit.jupiter.api.Assertions.assertThrows(CodecException.class,
                () -> Direct.openjpeg(CODEC, broken, broken.length, true, 0, 1, CT));
        assertFalse(e.getMessage().isBlank(), "message");
        assertTrue(e.getMessage().startsWith("OpenJPEG"), e.getMessage());
    }
}
