package org.glimpse.workbench.internal.stack;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.ImagePlane;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;

/**
 * Decoded stored values to display pixels at their decoded size: modality LUT (rescale), then the VOI
 * window, MONOCHROME1 inverted; three-sample frames shown as RGB. Scaling to the frame's true geometry is
 * the view's job, so an image at any level draws over the same Rows × Columns.
 */
public final class GrayImages {

    private GrayImages() {
    }

    public static BufferedImage render(DecodedFrame f, PixelDescriptor pixel, ImagePlane plane, WindowLevel wl) {
        if (f.samplesPerPixel() == 3) {
            return rgb(f);
        }
        BufferedImage img = new BufferedImage(f.width(), f.height(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        boolean invert = "MONOCHROME1".equals(pixel.photometricInterpretation());
        int[] lut = lut(f, plane, wl, invert);
        int offset = f.pixels() instanceof PixelBuffer.Shorts s && s.signed() ? 32768
                : f.pixels() instanceof PixelBuffer.Bytes b && b.signed() ? 128 : 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) lut[stored(f.pixels(), i) + offset];
        }
        return img;
    }

    /** The stored value at {@code i} of the buffer (from its offset in a shared slab), sign kept. */
    public static int stored(PixelBuffer p, int i) {
        if (p instanceof PixelBuffer.Shorts s) {
            short v = s.values()[s.offset() + i];
            return s.signed() ? v : v & 0xFFFF;
        }
        PixelBuffer.Bytes b = (PixelBuffer.Bytes) p;
        byte v = b.values()[b.offset() + i];
        return b.signed() ? v : v & 0xFF;
    }

    /** Display value of every stored value, indexed by stored value + the sign offset. */
    private static int[] lut(DecodedFrame f, ImagePlane plane, WindowLevel wl, boolean invert) {
        boolean shorts = f.pixels() instanceof PixelBuffer.Shorts;
        boolean signed = shorts ? ((PixelBuffer.Shorts) f.pixels()).signed() : ((PixelBuffer.Bytes) f.pixels()).signed();
        int size = shorts ? 65536 : 256;
        int first = signed ? -size / 2 : 0;
        int[] lut = new int[size];
        for (int i = 0; i < size; i++) {
            int d = wl.display((first + i) * plane.rescaleSlope() + plane.rescaleIntercept());
            lut[i] = invert ? 255 - d : d;
        }
        return lut;
    }

    private static BufferedImage rgb(DecodedFrame f) {
        BufferedImage img = new BufferedImage(f.width(), f.height(), BufferedImage.TYPE_INT_RGB);
        int n = f.width() * f.height();
        int[] row = new int[n];
        for (int i = 0; i < n; i++) {
            int r = clamp(stored(f.pixels(), 3 * i));
            int g = clamp(stored(f.pixels(), 3 * i + 1));
            int b = clamp(stored(f.pixels(), 3 * i + 2));
            row[i] = (r << 16) | (g << 8) | b;
        }
        img.setRGB(0, 0, f.width(), f.height(), row, 0, f.width());
        return img;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
