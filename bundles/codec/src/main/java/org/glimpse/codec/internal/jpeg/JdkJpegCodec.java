package org.glimpse.codec.internal.jpeg;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedPixels;
import org.glimpse.codec.internal.core.PixelLayout;

/**
 * JPEG baseline and extended 8-bit with the JDK's ImageIO reader (its native libjpeg runs in the worker
 * process like the other codecs). Three-component frames come out as RGB, converted from YCbCr by the
 * reader, as DICOM viewers show YBR_FULL_422 JPEG. The JDK reads no 12-bit or lossless JPEG.
 */
public final class JdkJpegCodec {

    private JdkJpegCodec() {
    }

    public static DecodedPixels decode(byte[] data, int length, PixelDescriptor pixel) throws CodecException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
        if (!readers.hasNext()) {
            throw new CodecException(Kind.UNAVAILABLE, "this JDK has no ImageIO JPEG reader");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data, 0, length))) {
            reader.setInput(in, true, true);
            int w = reader.getWidth(0);
            int h = reader.getHeight(0);
            int s = pixel.samplesPerPixel();
            int[][] planes = new int[s][];
            if (s == 1) {
                Raster r = reader.readRaster(0, null);
                planes[0] = r.getSamples(0, 0, w, h, 0, (int[]) null);
            } else {
                BufferedImage img = reader.read(0);
                Raster r = img.getRaster();
                if (r.getNumBands() < s) {
                    throw new CodecException(Kind.MALFORMED, "JPEG decoded " + r.getNumBands()
                            + " bands, DICOM SamplesPerPixel is " + s);
                }
                for (int c = 0; c < s; c++) {
                    planes[c] = r.getSamples(0, 0, w, h, c, (int[]) null);
                }
            }
            return new DecodedPixels(w, h, s, 0, PixelLayout.interleave(planes, w, h, pixel));
        } catch (IOException | IllegalArgumentException e) {
            String m = String.valueOf(e.getMessage());
            Kind kind = m.contains("precision") || m.contains("Unsupported") ? Kind.UNSUPPORTED : Kind.MALFORMED;
            throw new CodecException(kind, "JDK JPEG reader: " + m);
        } finally {
            reader.dispose();
        }
    }
}
