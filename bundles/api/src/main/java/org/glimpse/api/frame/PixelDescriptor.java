package org.glimpse.api.frame;

import java.util.Objects;

/**
 * The Image Pixel module attributes (PS3.3 C.7.6.3) that say how stored values are laid out and read.
 * The DICOM header decides how values are read, even where a codestream says otherwise.
 */
public record PixelDescriptor(int rows, int columns, int samplesPerPixel, int bitsAllocated, int bitsStored,
        int pixelRepresentation, String photometricInterpretation, int planarConfiguration) {

    public PixelDescriptor {
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("Rows and Columns must be ≥ 1, were " + rows + "×" + columns);
        }
        if (samplesPerPixel != 1 && samplesPerPixel != 3) {
            throw new IllegalArgumentException("SamplesPerPixel must be 1 or 3, was " + samplesPerPixel);
        }
        if (bitsAllocated != 1 && bitsAllocated != 8 && bitsAllocated != 16 && bitsAllocated != 32) {
            throw new IllegalArgumentException("BitsAllocated must be 1, 8, 16 or 32, was " + bitsAllocated);
        }
        if (bitsStored < 1 || bitsStored > bitsAllocated) {
            throw new IllegalArgumentException("BitsStored must be in [1, BitsAllocated=" + bitsAllocated
                    + "], was " + bitsStored);
        }
        if (pixelRepresentation != 0 && pixelRepresentation != 1) {
            throw new IllegalArgumentException("PixelRepresentation must be 0 or 1, was " + pixelRepresentation);
        }
        Objects.requireNonNull(photometricInterpretation, "photometricInterpretation is null");
    }

    /** Whether stored values are two's complement signed. */
    public boolean signed() {
        return pixelRepresentation == 1;
    }

    /** Bytes of one uncompressed frame. */
    public long frameBytes() {
        return (long) rows * columns * samplesPerPixel * ((bitsAllocated + 7) / 8);
    }
}
