package org.glimpse.codec.internal.decoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.codec.Rendition;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.codec.internal.testing.Pixels;
import org.glimpse.fixtures.Encoders;
import org.junit.jupiter.api.Test;

/**
 * Server-reduced renditions of the syntaxes decoded in Java (JPEG lossless, 12-bit JPEG, uncompressed) are
 * checked against their own size within Rows × Columns and report their true scale, as the native ones do.
 */
class JavaReducedRenditionTest {
    /** A 512 × 384 frame; its renditions are a quarter of it in each direction. */
    private static final PixelDescriptor FRAME = new PixelDescriptor(384, 512, 1, 16, 12, 0, "MONOCHROME2", 0);
    private static final PixelDescriptor QUARTER = new PixelDescriptor(96, 128, 1, 16, 12, 0, "MONOCHROME2", 0);
    private static final DecodeOptions OPTIONS = new DecodeOptions(DecodeOptions.BEST_AVAILABLE, 1, 5000);
    private static final FrameKey KEY = new FrameKey("1.2", "1.2.3", "1.2.3.4", 1);

    private static EncodedFrame frame(String ts, PixelDescriptor px, byte[] data, Rendition r) {
        return new EncodedFrame(KEY, ts, px, data, data.length, true, r);
    }

    private static void assertQuarter(DecodedFrame f) {
        assertEquals(128, f.width(), "the rendition's own width");
        assertEquals(96, f.height(), "the rendition's own height");
        assertEquals(4.0, f.scaleX(), "one rendition column spans four of the frame's");
        assertEquals(4.0, f.scaleY(), "one rendition row spans four of the frame's");
        assertEquals(ImageQualityStatus.SUBRESOLUTION, f.quality(), "a reduced image is worth a sub-resolution");
    }

    private static byte[] dcmcjpeg(int[] v, String mode) throws Exception {
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "rendition");
        return Encoders.dcmcjpeg(dir, "quarter", v, 128, 96, 12, mode);
    }

    @Test
    void aReducedUncompressedRenditionDecodesToItsSizeAtTheFramesAspect() throws Exception {
        int[] v = Encoders.phantom(128, 96, 12, 2);
        byte[] raw = new byte[v.length * 2];
        for (int i = 0; i < v.length; i++) {
            raw[2 * i] = (byte) v[i];
            raw[2 * i + 1] = (byte) (v[i] >> 8);
        }
        FrameDecoder d = new UncompressedFrameDecoder();
        DecodedFrame f = d.decode(frame(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, FRAME, raw, Rendition.REDUCED),
                OPTIONS);
        assertQuarter(f);
        assertArrayEquals(v, Pixels.values(f.pixels()), "the rendition's values");
        DecodeException full = assertThrows(DecodeException.class, () -> d.decode(
                frame(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, FRAME, raw, Rendition.FULL), OPTIONS));
        assertEquals(Kind.INCOMPLETE, full.kind(), "as the frame itself the bytes are too few: " + full.getMessage());
    }

    @Test
    void aReducedJpegLosslessRenditionDecodesWithItsScale() throws Exception {
        int[] v = Encoders.phantom(128, 96, 12, 5);
        byte[] jpeg = dcmcjpeg(v, "+e1");
        FrameDecoder d = new JpegLosslessFrameDecoder();
        DecodedFrame f = d.decode(frame(TransferSyntax.JPEG_LOSSLESS_SV1, FRAME, jpeg, Rendition.REDUCED), OPTIONS);
        assertQuarter(f);
        assertArrayEquals(v, Pixels.values(f.pixels()), "lossless rendition values");
        DecodeException full = assertThrows(DecodeException.class, () -> d.decode(
                frame(TransferSyntax.JPEG_LOSSLESS_SV1, FRAME, jpeg, Rendition.FULL), OPTIONS));
        assertEquals(Kind.MALFORMED, full.kind(), "as the frame itself its SOF is wrong: " + full.getMessage());
    }

    @Test
    void aReducedTwelveBitJpegRenditionDecodesWithItsScale() throws Exception {
        byte[] jpeg = dcmcjpeg(Encoders.phantom(128, 96, 12, 4), "+ee");
        try (StandaloneCodecRuntime runtime = new StandaloneCodecRuntime(StandaloneCodecRuntime.buildNatives(), 1)) {
            FrameDecoder d = new JpegExtendedFrameDecoder(runtime);
            DecodedFrame f = d.decode(frame(TransferSyntax.JPEG_EXTENDED, FRAME, jpeg, Rendition.REDUCED), OPTIONS);
            assertQuarter(f);
            DecodedFrame alone = d.decode(frame(TransferSyntax.JPEG_EXTENDED, QUARTER, jpeg, Rendition.FULL), OPTIONS);
            assertArrayEquals(Pixels.values(alone.pixels()), Pixels.values(f.pixels()),
                    "the same values as the image decoded as a frame of its own size");
        }
    }
}
