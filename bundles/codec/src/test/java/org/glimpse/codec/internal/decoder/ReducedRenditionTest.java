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
import org.glimpse.codec.internal.testing.TestCodestreams;
import org.glimpse.fixtures.Encoders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A server-made smaller image of a frame (a quarter-size {@code /jlsThumbnail/} frame, a reduced HTJ2K
 * rendition) is checked against its own header within Rows × Columns and reports its true scale; a JPEG 2000
 * reduce reports 2^reduce.
 */
class ReducedRenditionTest {
    private static final PixelDescriptor CT512 = new PixelDescriptor(512, 512, 1, 16, 12, 0, "MONOCHROME2", 0);
    private static final StandaloneCodecRuntime RUNTIME = new StandaloneCodecRuntime(
            StandaloneCodecRuntime.buildNatives(), 1);
    private static final CharlsFrameDecoder JLS = new CharlsFrameDecoder(RUNTIME);
    private static final OpenJphFrameDecoder HT = new OpenJphFrameDecoder(RUNTIME);
    private static final DecodeOptions OPTIONS = new DecodeOptions(DecodeOptions.BEST_AVAILABLE, 1, 5000);
    private static final FrameKey KEY = new FrameKey("1.2", "1.2.3", "1.2.3.4", 1);

    @AfterAll
    static void stopWorkers() {
        RUNTIME.close();
    }

    private static EncodedFrame frame(String ts, byte[] data, Rendition r) {
        return new EncodedFrame(KEY, ts, CT512, data, data.length, true, r);
    }

    @Test
    void aQuarterSizeJpegLsThumbnailDecodesToItsTrueSizeAndScale() throws Exception {
        int[] v = Encoders.phantom(128, 128, 12, 11);
        byte[] thumb = Encoders.jpegLs(v, 128, 128, 12, 0);
        DecodedFrame f = JLS.decode(frame(TransferSyntax.JPEG_LS_LOSSLESS, thumb, Rendition.REDUCED), OPTIONS);
        assertEquals(128, f.width(), "the thumbnail's own width");
        assertEquals(128, f.height(), "the thumbnail's own height");
        assertEquals(4.0, f.scaleX(), "one thumbnail column spans four of the frame's");
        assertEquals(4.0, f.scaleY(), "one thumbnail row spans four of the frame's");
        assertEquals(0, f.reduce(), "no JPEG 2000 level was discarded");
        assertEquals(ImageQualityStatus.SUBRESOLUTION, f.quality(), "a reduced image is worth a sub-resolution");
        assertArrayEquals(v, Pixels.values(f.pixels()), "lossless thumbnail values");
    }

    @Test
    void aThumbnailSentAsTheFrameItselfIsStillMalformed() throws Exception {
        byte[] thumb = Encoders.jpegLs(Encoders.phantom(128, 128, 12, 11), 128, 128, 12, 0);
        DecodeException e = assertThrows(DecodeException.class,
                () -> JLS.decode(frame(TransferSyntax.JPEG_LS_LOSSLESS, thumb, Rendition.FULL), OPTIONS));
        assertEquals(Kind.MALFORMED, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("128×128") && e.getMessage().contains("512×512"), e.getMessage());
    }

    @Test
    void aRenditionLargerThanTheFrameIsMalformed() throws Exception {
        byte[] big = Encoders.jpegLs(Encoders.phantom(640, 96, 12, 1), 640, 96, 12, 0);
        DecodeException e = assertThrows(DecodeException.class,
                () -> JLS.decode(frame(TransferSyntax.JPEG_LS_LOSSLESS, big, Rendition.REDUCED), OPTIONS));
        assertEquals(Kind.MALFORMED, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("640×96") && e.getMessage().contains("not within"), e.getMessage());
    }

    @Test
    void aServerReducedHtj2kRenditionDecodesWithItsScaleAtEveryReduce() throws Exception {
        TestCodestreams half = new TestCodestreams(256);
        byte[] cs = half.htj2kRpcl();
        EncodedFrame f = frame(TransferSyntax.HTJ2K_LOSSLESS_RPCL, cs, Rendition.REDUCED);
        assertEquals(256, HT.inspect(f).width(), "inspection reads the rendition's own SIZ");
        DecodedFrame whole = HT.decode(f, OPTIONS);
        assertEquals(256, whole.width());
        assertEquals(2.0, whole.scaleX(), "a half-size rendition");
        assertArrayEquals(Encoders.phantom(256, 256, 12, 7), Pixels.values(whole.pixels()), "lossless rendition");
        DecodedFrame quarter = HT.decode(f, OPTIONS.withReduce(1));
        assertEquals(128, quarter.width());
        assertEquals(4.0, quarter.scaleY(), "its reduce 1 spans four frame rows per row");
    }

    @Test
    void aJpeg2000ReduceReportsTwoToTheReduce() throws Exception {
        TestCodestreams full = new TestCodestreams(512);
        byte[] cs = full.htj2kRpcl();
        DecodedFrame f = HT.decode(frame(TransferSyntax.HTJ2K_LOSSLESS_RPCL, cs, Rendition.FULL),
                OPTIONS.withReduce(2));
        assertEquals(128, f.width());
        assertEquals(2, f.reduce());
        assertEquals(4.0, f.scaleX());
        assertEquals(4.0, f.scaleY());
    }
}
