package org.glimpse.codec.internal.decoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.codec.internal.testing.Pixels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class JpegFrameDecoderTest {
    private static final StandaloneCodecRuntime RUNTIME = new StandaloneCodecRuntime(
            StandaloneCodecRuntime.buildNatives(), 1);
    private static final JpegFrameDecoder JPEG = new JpegFrameDecoder(RUNTIME);
    private static final DecodeOptions OPTIONS = new DecodeOptions(0, 1, 2000);
    private static final PixelDescriptor MONO = new PixelDescriptor(48, 64, 1, 8, 8, 0, "MONOCHROME2", 0);

    @AfterAll
    static void stopWorkers() {
        RUNTIME.close();
    }

    /** A smooth gray 64×48 image written by the JDK's encoder at high quality. */
    private static byte[] grayJpeg() throws Exception {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                img.getRaster().setSample(x, y, 0, 2 * x + y);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(img, "jpeg", out), "JDK JPEG writer present");
        return out.toByteArray();
    }

    private static EncodedFrame frame(byte[] d, PixelDescriptor px) {
        return new EncodedFrame(new FrameKey("1", "2", "jpeg", 1), TransferSyntax.JPEG_BASELINE, px, d, d.length, true);
    }

    @Test
    void baselineGrayDecodesCloseToTheSource() throws Exception {
        DecodedFrame f = JPEG.decode(frame(grayJpeg(), MONO), OPTIONS);
        assertEquals(64, f.width(), "width");
        assertEquals(ImageQualityStatus.LOSSY, f.quality(), "baseline JPEG is lossy");
        int[] v = Pixels.values(f.pixels());
        for (int y = 0; y < 48; y += 7) {
            for (int x = 0; x < 64; x += 9) {
                int expected = 2 * x + y;
                assertTrue(Math.abs(v[y * 64 + x] - expected) <= 6, "pixel (" + x + "," + y + ") = " + v[y * 64 + x]
                        + ", source " + expected);
            }
        }
    }

    @Test
    void sofSizeDisagreeingWithDicomIsRejected() throws Exception {
        PixelDescriptor other = new PixelDescriptor(480, 640, 1, 8, 8, 0, "MONOCHROME2", 0);
        DecodeException e = assertThrows(DecodeException.class, () -> JPEG.decode(frame(grayJpeg(), other), OPTIONS));
        assertEquals(Kind.MALFORMED, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("64×48") && e.getMessage().contains("640×480"), e.getMessage());
    }

    @Test
    void twelveBitJpegIsUnsupportedNotMalformed() throws Exception {
        byte[] d = grayJpeg();
        for (int i = 2; i + 4 < d.length; i++) {
            if ((d[i] & 0xFF) == 0xFF && (d[i + 1] & 0xFF) == 0xC0) {
                d[i + 1] = (byte) 0xC1;
                d[i + 4] = 12;
                break;
            }
        }
        PixelDescriptor twelve = new PixelDescriptor(48, 64, 1, 16, 12, 0, "MONOCHROME2", 0);
        DecodeException e = assertThrows(DecodeException.class, () -> JPEG.decode(frame(d, twelve), OPTIONS));
        assertEquals(Kind.UNSUPPORTED, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("12-bit"), e.getMessage());
    }
}
