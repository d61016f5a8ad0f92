package org.glimpse.workbench.internal.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.util.Objects;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.api.frame.PaletteColor;

/**
 * A decoded frame as display pixels at its decoded size, through a given window: the one rendering the
 * headless host ({@link FrameRenderer}, with the metadata's window) and the workbench's views (with the
 * window the user chose) share. Monochrome values pass the modality LUT and the VOI window, MONOCHROME1
 * inverted; colour is shown as RGB; PALETTE COLOR values go through the palette's tables when the metadata
 * carry them (as grey indices otherwise). Scaling to the frame's Rows × Columns is left to the caller.
 */
public final class DisplayImage {

    private DisplayImage() {
    }

    /** The window of the metadata, else one spanning the frame's values. */
    public static WindowLevel defaultWindow(DecodedFrame frame, InstanceDescriptor instance) {
        int[] range = StoredValues.range(frame.pixels());
        return WindowLevel.of(instance.plane(), range[0], range[1]);
    }

    /** {@code transferSyntaxUid} says how colour arrived (YBR samples stay YBR only when sent uncompressed or RLE). */
    public static BufferedImage of(DecodedFrame frame, InstanceDescriptor instance, String transferSyntaxUid,
            WindowLevel window) {
        Objects.requireNonNull(frame, "frame is null");
        if (frame.samplesPerPixel() == 3) {
            return FrameRenderer.ColourImage.of(frame, YbrColour.stillYbr(instance.pixel().photometricInterpretation(),
                    transferSyntaxUid));
        }
        if (instance.palette() != null) {
            return paletted(frame, instance.palette());
        }
        int[] range = StoredValues.range(frame.pixels());
        boolean invert = "MONOCHROME1".equals(instance.pixel().photometricInterpretation());
        byte[] lut = new byte[range[1] - range[0] + 1];
        for (int v = range[0]; v <= range[1]; v++) {
            int d = window.display(v);
            lut[v - range[0]] = (byte) (invert ? 255 - d : d);
        }
        BufferedImage image = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < out.length; i++) {
            out[i] = lut[StoredValues.at(frame.pixels(), i) - range[0]];
        }
        return image;
    }

    /** Each stored value through the red, green and blue tables. */
    private static BufferedImage paletted(DecodedFrame frame, PaletteColor palette) {
        BufferedImage image = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_INT_RGB);
        int[] out = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int p = 0; p < out.length; p++) {
            out[p] = palette.rgb(StoredValues.at(frame.pixels(), p));
        }
        return image;
    }
}
