package org.glimpse.codec.internal.decoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.codec.Rendition;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.codec.internal.testing.Pixels;
import org.glimpse.fixtures.Encoders;
import org.junit.jupiter.api.Test;

/** The Java JPEG-LS decoder through the FrameDecoder API: renditions, quality, errors naming the frame. */
class JpegLsFrameDecoderTest {
    private static final PixelDescriptor CT512 = new PixelDescriptor(512, 512, 1, 16, 12, 0, "MONOCHROME2", 0);
    private static final JpegLsFrameDecoder JLS = new JpegLsFrameDecoder();
    private static final FrameKey KEY = new FrameKey("1.2", "1.2.3", "1.2.3.4", 1);

    private static EncodedFrame frame(String ts, byte[] data, int length, boolean complete, Rendition r) {
        return new EncodedFrame(KEY, ts, CT512, data, length, complete, r);
    }

    @Test
    void aQuarterSizeThumbnailDecodesToItsTrueSizeAndScale() throws Exception {
        int[] v = Encoders.phantom(128, 128, 12, 11);
        byte[] thumb = Encoders.jpegLs(v, 128, 128, 12, 0);
        DecodedFrame f = JLS.decode(frame(TransferSyntax.JPEG_LS_LOSSLESS, thumb, thumb.length, true,
                Rendition.REDUCED), DecodeOptions.DEFAULT);
        assertEquals(128, f.width());
        assertEquals(128, f.height());
        assertEquals(4.0, f.scaleX());
        assertEquals(4.0, f.scaleY());
        assertEquals(ImageQualityStatus.SUBRESOLUTION, f.quality());
        assertArrayEquals(v, Pixels.values(f.pixels()));
    }

    @Test
    void aWholeFrameIsFullResolutionLosslessOrLossyByItsSyntax() throws Exception {
        int[] v = Encoders.phantom(512, 512, 12, 3);
        byte[] lossless = Encoders.jpegLs(v, 512, 512, 12, 0);
        assertEquals(ImageQualityStatus.FULL_RESOLUTION, JLS.decode(frame(TransferSyntax.JPEG_LS_LOSSLESS, lossless,
                lossless.length, true, Rendition.FULL), DecodeOptions.DEFAULT).quality());
        byte[] near = Encoders.jpegLs(v, 512, 512, 12, 2);
        DecodedFrame f = JLS.decode(frame(TransferSyntax.JPEG_LS_NEAR_LOSSLESS, near, near.length, true,
                Rendition.FULL), DecodeOptions.DEFAULT);
        assertEquals(ImageQualityStatus.LOSSY, f.quality());
        int[] got = Pixels.values(f.pixels());
        for (int i = 0; i < got.length; i++) {
            assertTrue(Math.abs(got[i] - v[i]) <= 2, "sample " + i + " within NEAR 2");
        }
    }

    @Test
    void aThumbnailSentAsTheFrameItselfIsMalformedAndNamesTheFrame() throws Exception {
        byte[] thumb = Encoders.jpegLs(Encoders.phantom(128, 128, 12, 11), 128, 128, 12, 0);
        DecodeException e = assertThrows(DecodeException.class, () -> JLS.decode(frame(
                TransferSyntax.JPEG_LS_LOSSLESS, thumb, thumb.length, true, Rendition.FULL), DecodeOptions.DEFAULT));
        assertEquals(Kind.MALFORMED, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("128×128") && e.getMessage().contains("512×512"), e.getMessage());
    }

    @Test
    void aPrefixIsIncompleteAndACutOffWholeFrameNamesTheByte() throws Exception {
        byte[] jls = Encoders.jpegLs(Encoders.phantom(512, 512, 12, 3), 512, 512, 12, 0);
        DecodeException prefix = assertThrows(DecodeException.class, () -> JLS.decode(frame(
                TransferSyntax.JPEG_LS_LOSSLESS, jls, 1000, false, Rendition.FULL), DecodeOptions.DEFAULT));
        assertEquals(Kind.INCOMPLETE, prefix.kind(), prefix.getMessage());
        DecodeException cut = assertThrows(DecodeException.class, () -> JLS.decode(frame(
                TransferSyntax.JPEG_LS_LOSSLESS, jls, 1000, true, Rendition.FULL), DecodeOptions.DEFAULT));
        assertEquals(Kind.INCOMPLETE, cut.kind(), cut.getMessage());
        assertTrue(cut.getMessage().contains("at byte 1000") || cut.getMessage().contains("byte 100"),
                cut.getMessage());
    }

    @Test
    void theAdvisoryShapedOversizedHeaderIsRefusedWithoutAllocating() throws Exception {
        byte[] d = KnownBadCorpusTest.oversizedJpegLs();
        for (Rendition r : Rendition.values()) {
            DecodeException e = assertThrows(DecodeException.class, () -> JLS.decode(frame(
                    TransferSyntax.JPEG_LS_LOSSLESS, d, d.length, true, r), DecodeOptions.DEFAULT));
            assertEquals(Kind.MALFORMED, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("65535×65535") && e.getMessage().contains("512×512"), e.getMessage());
        }
        PixelDescriptor lying = new PixelDescriptor(65535, 65535, 1, 16, 16, 0, "MONOCHROME2", 0);
        DecodeException e = assertThrows(DecodeException.class, () -> JLS.decode(new EncodedFrame(KEY,
                TransferSyntax.JPEG_LS_LOSSLESS, lying, d, d.length, true), DecodeOptions.DEFAULT));
        assertEquals(Kind.UNSUPPORTED, e.kind(), "metadata agreeing with the forged header: " + e.getMessage());
    }
}
