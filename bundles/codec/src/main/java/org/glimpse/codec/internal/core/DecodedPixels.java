package org.glimpse.codec.internal.core;

import java.util.Objects;
import org.glimpse.api.frame.PixelBuffer;

/**
 * What a codec produced, before it is tied to a frame: size actually decoded, the reduce it stands for,
 * and the stored values laid out as DICOM says (8 or 16 bits, samples interleaved).
 */
public record DecodedPixels(int width, int height, int samples, int reduce, PixelBuffer pixels) {
    public DecodedPixels {
        Objects.requireNonNull(pixels, "pixels is null");
        if ((long) width * height * samples != pixels.length()) {
            throw new IllegalArgumentException("pixel buffer holds " + pixels.length() + " values, expected "
                    + width + "×" + height + "×" + samples);
        }
    }
}
