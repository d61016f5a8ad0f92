package org.glimpse.server.data.phantom;

/** Writes samples as little-endian 16-bit words, clamped to the stored range. */
final class Pixels {
    private final byte[] data;
    private final int min;
    private final int max;

    Pixels(int count, int min, int max) {
        this.data = new byte[2 * count];
        this.min = min;
        this.max = max;
    }

    void set(int index, double value) {
        int v = (int) Math.round(Math.max(min, Math.min(max, value)));
        data[2 * index] = (byte) v;
        data[2 * index + 1] = (byte) (v >> 8);
    }

    byte[] bytes() {
        return data;
    }
}
