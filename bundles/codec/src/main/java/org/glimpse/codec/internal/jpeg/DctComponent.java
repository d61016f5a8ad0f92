package org.glimpse.codec.internal.jpeg;

/**
 * One frame component of a DCT frame (T.81 B.2.2): its sampling factors and quantization table selector, and
 * the plane its blocks are decoded into, padded to whole MCUs so that no block write needs a bounds test.
 */
final class DctComponent {
    final int id;
    final int h;
    final int v;
    final int tq;
    /** Samples of this component (ceil(X·h/Hmax) × ceil(Y·v/Vmax)), the rest of the plane is padding. */
    final int width;
    final int height;
    final int stride;
    final short[] plane;
    boolean scanned;

    DctComponent(int id, int h, int v, int tq, int columns, int rows, int hMax, int vMax, int mcusX, int mcusY) {
        this.id = id;
        this.h = h;
        this.v = v;
        this.tq = tq;
        this.width = (columns * h + hMax - 1) / hMax;
        this.height = (rows * v + vMax - 1) / vMax;
        this.stride = mcusX * h * 8;
        this.plane = new short[stride * mcusY * v * 8];
    }

    /** Blocks per line and per column when this component is alone in a scan (T.81 A.2.2). */
    int blocksX() {
        return (width + 7) / 8;
    }

    int blocksY() {
        return (height + 7) / 8;
    }
}
