package org.glimpse.api.frame;

import java.util.Arrays;
import java.util.Objects;

/**
 * The red, green and blue lookup tables of a PALETTE COLOR image (PS3.3 C.7.6.3.1.5 and .6): a stored value v
 * shows as entry {@code v - firstMapped} of each table (values below map to the first entry, above to the last).
 *
 * @param firstMapped the first stored value mapped (the descriptors' second value)
 * @param bits bits of each entry (the descriptors' third value: 8 or 16)
 * @param red the red table's entries
 * @param green the green table's entries, as many as red
 * @param blue the blue table's entries, as many as red
 */
public record PaletteColor(int firstMapped, int bits, int[] red, int[] green, int[] blue) {

    public PaletteColor {
        Objects.requireNonNull(red, "red is null");
        Objects.requireNonNull(green, "green is null");
        Objects.requireNonNull(blue, "blue is null");
        if (bits != 8 && bits != 16) {
            throw new IllegalArgumentException("palette entries must be 8 or 16 bits, the descriptor says " + bits);
        }
        if (red.length == 0 || red.length != green.length || red.length != blue.length) {
            throw new IllegalArgumentException("palette tables must hold the same number (≥ 1) of entries, hold "
                    + red.length + ", " + green.length + ", " + blue.length);
        }
        red = red.clone();
        green = green.clone();
        blue = blue.clone();
    }

    /** The colour stored value {@code v} shows as, 8 bits a channel: 0xRRGGBB. */
    public int rgb(int v) {
        int i = Math.max(0, Math.min(red.length - 1, v - firstMapped));
        int shift = bits == 16 && !eightBitValues() ? 8 : 0;
        return (channel(red[i], shift) << 16) | (channel(green[i], shift) << 8) | channel(blue[i], shift);
    }

    /** Some writers declare 16 bits and store 8-bit entries: no entry above 255 means 8-bit values. */
    private boolean eightBitValues() {
        return Arrays.stream(red).allMatch(e -> e < 256) && Arrays.stream(green).allMatch(e -> e < 256)
                && Arrays.stream(blue).allMatch(e -> e < 256);
    }

    private static int channel(int entry, int shift) {
        return Math.max(0, Math.min(255, entry >> shift));
    }

    @Override
    public int[] red() {
        return red.clone();
    }

    @Override
    public int[] green() {
        return green.clone();
    }

    @Override
    public int[] blue() {
        return blue.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PaletteColor p && p.firstMapped == firstMapped && p.bits == bits
                && Arrays.equals(p.red, red) && Arrays.equals(p.green, green) && Arrays.equals(p.blue, blue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstMapped, bits, Arrays.hashCode(red), Arrays.hashCode(green), Arrays.hashCode(blue));
    }

    @Override
    public String toString() {
        return "PaletteColor[" + red.length + " entries from " + firstMapped + ", " + bits + " bits]";
    }
}
