package org.glimpse.workbench.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.ImagePlane;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.api.frame.PaletteColor;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.api.frame.ImageQualityStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameRendererTest {

    private static final FrameKey KEY = new FrameKey("1.2", "1.2.3", "1.2.3.4", 1);
    private static final String RAW = TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN;

    private final FrameRenderer renderer = new FrameRenderer();

    @Test
    void aReducedImageIsDrawnAtRowsByColumnsEachPixelCoveringItsBlock() {
        // 7×6 frame at reduce 1: the JPEG 2000 grid gives ceil(7/2) × ceil(6/2) = 4×3 values; the last column
        // covers frame column 6 only.
        short[] v = {0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100};
        DecodedFrame f = new DecodedFrame(KEY, 4, 3, 1, 12, 1, ImageQualityStatus.SUBRESOLUTION, null,
                new PixelBuffer.Shorts(v, false));
        BufferedImage image = renderer.render(f, mono(6, 7, "MONOCHROME2", noWindow()), RAW);
        assertEquals(7, image.getWidth(), "drawn at Columns");
        assertEquals(6, image.getHeight(), "drawn at Rows");
        // Window spans 0..1100 (display 232 for 1000, 255 for 1100). Frame pixel (6, 5) has its centre at decoded
        // x = 6.5 / 2 − 0.5 = 2.75 on the last row: bilinear gives 0.25 × 232 + 0.75 × 255 = 249. Stretching the
        // 4 columns over 7 (scale 7/4) would put it at x = 3.21, past the last centre: 255.
        assertEquals(0, gray(image, 0, 0));
        assertEquals(249, gray(image, 6, 5));
    }

    @Test
    void aFullSizeImageKeepsEachValueThroughTheMetadataWindow() {
        // Window centre 100, width 101 (PS3.3 linear): v ≤ 49.5 → 0, v > 149.5 → 255, else
        // ((v − 99.5) / 100 + 0.5) × 255 rounded: 100 → 129, 120 → 180.
        ImagePlane window = new ImagePlane(null, null, null, Double.NaN, 0, 1, 100, 101);
        short[] v = {0, 49, 100, 150, 1000, 120};
        DecodedFrame f = new DecodedFrame(KEY, 3, 2, 1, 12, 0, ImageQualityStatus.FULL_RESOLUTION, null,
                new PixelBuffer.Shorts(v, false));
        BufferedImage image = renderer.render(f, mono(2, 3, "MONOCHROME2", window), RAW);
        assertEquals(0, gray(image, 0, 0));
        assertEquals(0, gray(image, 1, 0));
        assertEquals(129, gray(image, 2, 0));
        assertEquals(255, gray(image, 0, 1));
        assertEquals(255, gray(image, 1, 1));
        assertEquals(180, gray(image, 2, 1));
    }

    @Test
    void signedValuesPassTheRescaleBeforeTheWindowAndMonochrome1IsInverted() {
        // Stored -1000 and 1000 with slope 1, intercept -1024: modality -2024 and -24; window −24±… centre -1024
        // width 2001 puts -2024 at black and -24 at white; MONOCHROME1 swaps them.
        ImagePlane plane = new ImagePlane(null, null, null, Double.NaN, -1024, 1, -1024, 2001);
        DecodedFrame f = new DecodedFrame(KEY, 2, 1, 1, 16, 0, ImageQualityStatus.FULL_RESOLUTION, null,
                new PixelBuffer.Shorts(new short[] {-1000, 1000}, true));
        BufferedImage m2 = renderer.render(f, mono(1, 2, "MONOCHROME2", plane), RAW);
        BufferedImage m1 = renderer.render(f, mono(1, 2, "MONOCHROME1", plane), RAW);
        assertEquals(0, gray(m2, 0, 0));
        assertEquals(255, gray(m2, 1, 0));
        assertEquals(255, gray(m1, 0, 0));
        assertEquals(0, gray(m1, 1, 0));
    }

    @Test
    void onlyTheFramesOwnRangeOfASharedArrayIsRead() {
        short[] slab = {4000, 4000, 0, 10, 20, 30, 4000};
        DecodedFrame f = new DecodedFrame(KEY, 2, 2, 1, 12, 0, ImageQualityStatus.FULL_RESOLUTION, null,
                new PixelBuffer.Shorts(slab, 2, 4, false));
        BufferedImage image = renderer.render(f, mono(2, 2, "MONOCHROME2", noWindow()), RAW);
        assertEquals(0, gray(image, 0, 0), "the frame's minimum, not the slab's");
        assertEquals(255, gray(image, 1, 1), "the frame's maximum (30), not the neighbour's 4000");
    }

    @Test
    void rgbIsShownAsStoredAndNativeYbrFullIsConverted() {
        byte[] rgb = {(byte) 255, 0, 0, 0, (byte) 200, 10};
        DecodedFrame f = new DecodedFrame(KEY, 2, 1, 3, 8, 0, ImageQualityStatus.FULL_RESOLUTION, null,
                new PixelBuffer.Bytes(rgb, false));
        BufferedImage asRgb = renderer.render(f, colour(1, 2, "RGB"), RAW);
        assertEquals(0xFF0000, asRgb.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0x00C80A, asRgb.getRGB(1, 0) & 0xFFFFFF);

        // Y 128, Cb 128, Cr 228 → R = 128 + 1.402 × 100 = 268 → 255, G = 128 − 71.4 = 57, B = 128.
        byte[] ybr = {(byte) 128, (byte) 128, (byte) 228, (byte) 128, (byte) 128, (byte) 128};
        DecodedFrame y = new DecodedFrame(KEY, 2, 1, 3, 8, 0, ImageQualityStatus.FULL_RESOLUTION, null,
                new PixelBuffer.Bytes(ybr, false));
        BufferedImage fromYbr = renderer.render(y, colour(1, 2, "YBR_FULL"), RAW);
        assertEquals(0xFF3980, fromYbr.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0x808080, fromYbr.getRGB(1, 0) & 0xFFFFFF);
        BufferedImage fromJpeg = renderer.render(y, colour(1, 2, "YBR_FULL_422"), TransferSyntax.JPEG_BASELINE);
        assertEquals(0x8080E4, fromJpeg.getRGB(0, 0) & 0xFFFFFF, "JPEG decoders already return RGB");
    }

    @Test
    void aThumbnailRenditionSpansTheWholeFrame() {
        // A server-made quarter-size rendition: reduce 0, scale Columns ÷ width = 4.
        DecodedFrame f = new DecodedFrame(KEY, 2, 2, 1, 8, 0, ImageQualityStatus.SUBRESOLUTION, null,
                new PixelBuffer.Bytes(new byte[] {0, 0, 0, (byte) 255}, false), 4, 4);
        BufferedImage image = renderer.render(f, mono(8, 8, "MONOCHROME2", noWindow()), RAW);
        assertEquals(8, image.getWidth());
        assertEquals(0, gray(image, 0, 0));
        assertEquals(255, gray(image, 7, 7));
    }

    @Test
    void aPaletteColorImageIsWrittenToPngInThePalettesColours(@TempDir Path dir) throws Exception {
        PaletteColor palette = new PaletteColor(10, 16, new int[] {0xFFFF, 0, 0, 0x8000},
                new int[] {0, 0xFFFF, 0, 0x8000}, new int[] {0, 0, 0xFFFF, 0x8000});
        PixelDescriptor pixel = new PixelDescriptor(2, 2, 1, 8, 8, 0, "PALETTE COLOR", 0);
        InstanceDescriptor instance = new InstanceDescriptor("1.2.3.4", null, 1, 1, RAW, pixel, noWindow(),
                List.of(), List.of(), palette);
        DecodedFrame f = new DecodedFrame(KEY, 2, 2, 1, 8, 0, ImageQualityStatus.FULL_RESOLUTION, null,
                new PixelBuffer.Bytes(new byte[] {10, 11, 12, (byte) 200}, false));
        Path png = dir.resolve("palette.png");
        ImageIO.write(renderer.render(f, instance, RAW), "png", png.toFile());
        BufferedImage read = ImageIO.read(png.toFile());
        assertEquals(0xFF0000, read.getRGB(0, 0) & 0xFFFFFF, "10 is the first entry: red");
        assertEquals(0x00FF00, read.getRGB(1, 0) & 0xFFFFFF, "green");
        assertEquals(0x0000FF, read.getRGB(0, 1) & 0xFFFFFF, "blue");
        assertEquals(0x808080, read.getRGB(1, 1) & 0xFFFFFF, "past the last entry: the last entry");
    }

    private static int gray(BufferedImage image, int x, int y) {
        return image.getRaster().getSample(x, y, 0);
    }

    private static ImagePlane noWindow() {
        return ImagePlane.unknown();
    }

    private static InstanceDescriptor mono(int rows, int columns, String photometric, ImagePlane plane) {
        return new InstanceDescriptor("1.2.3.4", null, 1, 1, RAW,
                new PixelDescriptor(rows, columns, 1, 16, 12, 0, photometric, 0), plane);
    }

    private static InstanceDescriptor colour(int rows, int columns, String photometric) {
        return new InstanceDescriptor("1.2.3.4", null, 1, 1, RAW,
                new PixelDescriptor(rows, columns, 3, 8, 8, 0, photometric, 0), ImagePlane.unknown());
    }
}
