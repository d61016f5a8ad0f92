package org.glimpse.api.frame;

import java.util.Objects;

/**
 * A frame's pixels at the size they were decoded, handed to the host with their true scale so that it can
 * scale them to Rows × Columns and keep geometry right: a reduced image (a JPEG 2000 reduce, a thumbnail,
 * a server-reduced rendition) spans the frame's whole field of view.
 *
 * @param key the frame these pixels belong to (for replicated images: the frame they are shown for)
 * @param width decoded columns
 * @param height decoded rows
 * @param samplesPerPixel 1 or 3
 * @param bitsStored significant bits of each value
 * @param reduce JPEG 2000 resolution levels the decoder discarded: 0 is full size (and any server-made
 *        rendition), n is about 2^-n of each dimension
 * @param quality what this image is worth for the frame
 * @param pixelSpacing row and column spacing in mm at this size, or null when the metadata have none
 * @param pixels the stored values
 * @param scaleX full-resolution columns one decoded column spans (≥ 1): 1 at full size, 2^reduce for a
 *        JPEG 2000 reduce (its last column may reach past the image), Columns ÷ width for a
 *        server-reduced rendition
 * @param scaleY full-resolution rows one decoded row spans (≥ 1), as {@code scaleX}
 * @param transferSyntaxUid the transfer syntax the decoded bytes arrived in (sniffed from the payload, which wins
 *        over a label or the metadata), or null when the loader does not know it; it says, for example, whether
 *        colour was coded as YBR and whether the image is lossy
 */
public record DecodedFrame(FrameKey key, int width, int height, int samplesPerPixel, int bitsStored, int reduce,
        ImageQualityStatus quality, double[] pixelSpacing, PixelBuffer pixels, double scaleX, double scaleY,
        String transferSyntaxUid) {

    public DecodedFrame {
        Objects.requireNonNull(key, "key is null");
        Objects.requireNonNull(quality, "quality is null");
        Objects.requireNonNull(pixels, "pixels is null");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("decoded size must be ≥ 1×1, was " + width + "×" + height);
        }
        if (reduce < 0) {
            throw new IllegalArgumentException("reduce must be ≥ 0, was " + reduce);
        }
        long expected = (long) width * height * samplesPerPixel;
        if (pixels.length() != expected) {
            throw new IllegalArgumentException("pixel buffer of " + key + " holds " + pixels.length()
                    + " values, expected " + width + "×" + height + "×" + samplesPerPixel + " = " + expected);
        }
        if (!(scaleX >= 1) || !(scaleY >= 1) || Double.isInfinite(scaleX) || Double.isInfinite(scaleY)) {
            throw new IllegalArgumentException("scale of " + key + " must be finite and ≥ 1, was " + scaleX + " × "
                    + scaleY);
        }
        pixelSpacing = pixelSpacing == null ? null : pixelSpacing.clone();
    }

    /** A frame whose transfer syntax is not known. */
    public DecodedFrame(FrameKey key, int width, int height, int samplesPerPixel, int bitsStored, int reduce,
            ImageQualityStatus quality, double[] pixelSpacing, PixelBuffer pixels, double scaleX, double scaleY) {
        this(key, width, height, samplesPerPixel, bitsStored, reduce, quality, pixelSpacing, pixels, scaleX, scaleY,
                null);
    }

    /** A frame whose scale follows from its reduce: 2^reduce in x and y. */
    public DecodedFrame(FrameKey key, int width, int height, int samplesPerPixel, int bitsStored, int reduce,
            ImageQualityStatus quality, double[] pixelSpacing, PixelBuffer pixels) {
        this(key, width, height, samplesPerPixel, bitsStored, reduce, quality, pixelSpacing, pixels,
                Math.scalb(1.0, reduce), Math.scalb(1.0, reduce));
    }

    @Override
    public double[] pixelSpacing() {
        return pixelSpacing == null ? null : pixelSpacing.clone();
    }

    /** Whether this image is smaller than its frame (a reduce or a reduced rendition). */
    public boolean reduced() {
        return scaleX > 1 || scaleY > 1;
    }

    /** The same pixels shown for another frame with a replicate status (nearby-frame replication). */
    public DecodedFrame lentTo(FrameKey other, ImageQualityStatus status) {
        return new DecodedFrame(other, width, height, samplesPerPixel, bitsStored, reduce, status, pixelSpacing,
                pixels, scaleX, scaleY, transferSyntaxUid);
    }

    /** The same image, saying the transfer syntax its bytes arrived in. */
    public DecodedFrame receivedAs(String syntax) {
        return new DecodedFrame(key, width, height, samplesPerPixel, bitsStored, reduce, quality, pixelSpacing, pixels,
                scaleX, scaleY, syntax);
    }
}
