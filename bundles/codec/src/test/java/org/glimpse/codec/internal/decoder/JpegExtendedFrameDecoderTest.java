package org.glimpse.codec.internal.decoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.codec.internal.testing.Pixels;
import org.glimpse.fixtures.DicomFiles;
import org.glimpse.fixtures.Encoders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The .51 decoder: 12-bit frames in Java, 8-bit frames through the JDK worker, typed errors naming the frame. */
class JpegExtendedFrameDecoderTest {
    private static final StandaloneCodecRuntime RUNTIME = new StandaloneCodecRuntime(
            StandaloneCodecRuntime.buildNatives(), 1);
    private static final JpegExtendedFrameDecoder DECODER = new JpegExtendedFrameDecoder(RUNTIME);
    private static final DecodeOptions OPTIONS = new DecodeOptions(0, 1, 2000);
    private static final int ROWS = 64;
    private static final int COLUMNS = 72;
    private static final FrameKey KEY = new FrameKey("1.2", "1.2.3", "1.2.3.4", 7);

    @AfterAll
    static void stopWorkers() {
        RUNTIME.close();
    }

    /** The JPEG fragment dcmcjpeg wrote and the values dcmdjpeg decodes from it. */
    private record Encoded(byte[] jpeg, int[] reference) {
    }

    private static Encoded dcmtk(int[] values, int bits, String mode) throws Exception {
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "jpeg51");
        Path in = DicomFiles.writeGray(dir.resolve("in.dcm"), ROWS, COLUMNS, bits, false, values);
        Path jpeg = dir.resolve("jpeg.dcm");
        Path back = dir.resolve("back.dcm");
        Encoders.run(List.of("dcmcjpeg", mode, in.toString(), jpeg.toString()));
        Encoders.run(List.of("dcmdjpeg", jpeg.toString(), back.toString()));
        return new Encoded(DicomFiles.firstFragment(jpeg), DicomFiles.nativeValues(back, ROWS * COLUMNS,
                bits > 8 ? 16 : 8, bits, false));
    }

    private static EncodedFrame frame(byte[] d, int length, PixelDescriptor px) {
        return new EncodedFrame(KEY, TransferSyntax.JPEG_EXTENDED, px, d, length, true);
    }

    @Test
    void twelveBitFrameDecodesToDcmtksSamplesAsShorts() throws Exception {
        Encoded e = dcmtk(Encoders.phantom(COLUMNS, ROWS, 12, 4), 12, "+ee");
        PixelDescriptor px = new PixelDescriptor(ROWS, COLUMNS, 1, 16, 12, 0, "MONOCHROME2", 0);
        DecodedFrame f = DECODER.decode(frame(e.jpeg(), e.jpeg().length, px), OPTIONS);
        assertTrue(f.pixels() instanceof PixelBuffer.Shorts, "12-bit frames come out as 16-bit values");
        assertEquals(ImageQualityStatus.LOSSY, f.quality(), "DCT JPEG is lossy");
        assertEquals(COLUMNS, f.width(), "width");
        assertEquals(ROWS, f.height(), "height");
        assertArrayEquals(e.reference(), Pixels.values(f.pixels()), "same samples as dcmdjpeg (same IJG integer IDCT)");
    }

    @Test
    void eightBitFrameGoesThroughTheJdkReader() throws Exception {
        Encoded e = dcmtk(Encoders.phantom(COLUMNS, ROWS, 8, 4), 8, "+ee");
        PixelDescriptor px = new PixelDescriptor(ROWS, COLUMNS, 1, 8, 8, 0, "MONOCHROME2", 0);
        DecodedFrame f = DECODER.decode(frame(e.jpeg(), e.jpeg().length, px), OPTIONS);
        assertTrue(f.pixels() instanceof PixelBuffer.Bytes, "8-bit frames come out as bytes");
        assertArrayEquals(e.reference(), Pixels.values(f.pixels()), "the JDK's libjpeg decodes as dcmdjpeg does");
    }

    @Test
    void truncatedTwelveBitFrameIsIncompleteAndNamesTheFrame() throws Exception {
        Encoded e = dcmtk(Encoders.phantom(COLUMNS, ROWS, 12, 4), 12, "+ee");
        PixelDescriptor px = new PixelDescriptor(ROWS, COLUMNS, 1, 16, 12, 0, "MONOCHROME2", 0);
        int cut = e.jpeg().length / 2;
        DecodeException x = assertThrows(DecodeException.class, () -> DECODER.decode(frame(e.jpeg(), cut, px),
                OPTIONS));
        assertEquals(Kind.INCOMPLETE, x.kind(), x.getMessage());
        assertEquals(KEY, x.frame(), x.getMessage());
        assertTrue(x.getMessage().contains(KEY.toString()) && x.getMessage().contains("byte " + cut), x.getMessage());
    }

    @Test
    void twelveBitFrameAgainstEightBitDicomIsMalformed() throws Exception {
        Encoded e = dcmtk(Encoders.phantom(COLUMNS, ROWS, 12, 4), 12, "+ee");
        PixelDescriptor px = new PixelDescriptor(ROWS, COLUMNS, 1, 8, 8, 0, "MONOCHROME2", 0);
        DecodeException x = assertThrows(DecodeException.class, () -> DECODER.decode(frame(e.jpeg(), e.jpeg().length,
                px), OPTIONS));
        assertEquals(Kind.MALFORMED, x.kind(), x.getMessage());
        assertTrue(x.getMessage().contains("precision 12") && x.getMessage().contains("BitsAllocated 8"),
                x.getMessage());
    }
}
