package org.glimpse.workbench.internal.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Objects;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.api.frame.PixelDescriptor;

/**
 * Turns a decoded frame into an 8-bit image at the frame's Rows × Columns, whatever level it was decoded at:
 * each decoded pixel spans the frame's true scale (2^r × 2^r pixels at JPEG 2000 reduce r, whose last
 * column may reach past the image), so it is drawn scaled by that and clipped to the frame, keeping geometry
 * and measurements true. Monochrome
 * values pass the modality LUT and the VOI window of the metadata (or one spanning the image's values);
 * colour is shown as RGB; PALETTE COLOR values through the palette's tables when the metadata carry them (as
 * grey indices otherwise).
 */
public final class FrameRenderer {

    /** Renders {@code frame} of {@code instance}; {@code transferSyntaxUid} says how colour arrived. */
    public BufferedImage render(DecodedFrame frame, InstanceDescriptor instance, String transferSyntaxUid) {
        Objects.requireNonNull(frame, "frame is null");
        Objects.requireNonNull(instance, "instance is null");
        PixelDescriptor pixel = instance.pixel();
        BufferedImage decoded = DisplayImage.of(frame, instance, transferSyntaxUid,
                DisplayImage.defaultWindow(frame, instance));
        return toFrameSize(decoded, frame, pixel.columns(), pixel.rows());
    }

    /**
     * Scales by the frame's true scale (2^reduce for a JPEG 2000 reduce, Columns ÷ width for a reduced
     * rendition) and clips to Rows × Columns.
     */
    static BufferedImage toFrameSize(BufferedImage decoded, DecodedFrame frame, int columns, int rows) {
        if (frame.width() == columns && frame.height() == rows) {
            return decoded;
        }
        double sx = frame.scaleX();
        double sy = frame.scaleY();
        BufferedImage full = new BufferedImage(columns, rows, decoded.getType());
        Graphics2D g = full.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(decoded, AffineTransform.getScaleInstance(sx, sy), null);
        } finally {
            g.dispose();
        }
        return full;
    }

    /** Colour frames as 8-bit RGB. */
    static final class ColourImage {
        private ColourImage() {
        }

        static BufferedImage of(DecodedFrame frame, boolean ybr) {
            BufferedImage image = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_INT_RGB);
            int[] out = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            int shift = Math.max(0, frame.bitsStored() - 8);
            for (int p = 0; p < out.length; p++) {
                int a = StoredValues.at(frame.pixels(), 3 * p) >> shift;
                int b = StoredValues.at(frame.pixels(), 3 * p + 1) >> shift;
                int c = StoredValues.at(frame.pixels(), 3 * p + 2) >> shift;
                out[p] = ybr ? YbrColour.toRgb(a, b, c) : (clamp(a) << 16) | (clamp(b) << 8) | clamp(c);
            }
            return image;
        }
    }

    static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
