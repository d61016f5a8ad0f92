package org.glimpse.api.frame;

import java.util.Objects;

/**
 * A frame's pixels at the size they were decoded, handed to the host with their true resolution level so
 * that it can scale them to Rows × Columns and keep geometry right.
 *
 * @param key the frame these pixels belong to (for replicated images: the frame they are shown for)
 * @param width decoded columns
 * @param height decoded rows
 * @param samplesPerPixel 1 or 3
 * @param bitsStored significant bits of each value
 * @param reduce resolution levels discarded: 0 is full size, n is about 2^-n of each dimension
 * @param quality what this image is worth for the frame
 * @param pixelSpacing row and column spacing in mm at this size, or null when the metadata have none
 * @param pixels the stored values
 */
public record DecodedFrame(FrameKey key, int width, int height, int samplesPerPixel, int bitsStored, int reduce,
        ImageQualityStatus quality, double[] pixelSpacing, PixelBuffer pixels) {

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
        pixelSpacing = pixelSpacing == null ? null : pixelSpacing.clone();
    }

    @Override
    public double[] pixelSpacing() {
        return pixelSpacing == null ? null : pixelSpacing.clone();
    }

    /** The same pixels shown for another frame with a replicate status (nearby-frame replication). */
    public DecodedFrame lentTo(FrameKey other, ImageQualityStatus status) {
        return new DecodedFrame(other, width, height, samplesPerPixel, bitsStored, reduce, status, pixelSpacing,
                pixels);
    }
}
