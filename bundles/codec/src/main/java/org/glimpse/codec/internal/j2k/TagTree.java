package org.glimpse.codec.internal.j2k;

/** Tag tree decoding (T.800 B.10.2): a quad-tree of minima over a grid of code-blocks. */
final class TagTree {
    private static final int UNKNOWN = Integer.MAX_VALUE;
    private final int[] widths;
    private final int[] offsets;
    private final int[] value;
    private final int[] low;

    TagTree(int width, int height) {
        int levels = 1;
        for (int w = width, h = height; w > 1 || h > 1; w = (w + 1) / 2, h = (h + 1) / 2) {
            levels++;
        }
        widths = new int[levels];
        offsets = new int[levels + 1];
        int w = width;
        int h = height;
        for (int k = 0; k < levels; k++) {
            widths[k] = w;
            offsets[k + 1] = offsets[k] + w * h;
            w = (w + 1) / 2;
            h = (h + 1) / 2;
        }
        value = new int[offsets[levels]];
        low = new int[offsets[levels]];
        java.util.Arrays.fill(value, UNKNOWN);
    }

    /** Decodes whether the leaf's value is below {@code threshold}, reading as few bits as the tree needs. */
    boolean decode(PacketBits bits, int leafX, int leafY, int threshold) throws CodestreamException {
        int lo = 0;
        int node = 0;
        // root first; the node at level k is the leaf's coordinates halved k times (no path array: this runs for
        // every code-block of every packet, and its garbage was most of what inspecting a codestream allocated)
        for (int k = widths.length - 1; k >= 0; k--) {
            node = offsets[k] + (leafY >> k) * widths[k] + (leafX >> k);
            if (lo > low[node]) {
                low[node] = lo;
            } else {
                lo = low[node];
            }
            while (lo < threshold && lo < value[node]) {
                if (bits.bit() == 1) {
                    value[node] = lo;
                } else {
                    lo++;
                }
            }
            low[node] = lo;
        }
        return value[node] < threshold;
    }

    /** Decodes the leaf's full value (zero bit-planes). */
    int decodeValue(PacketBits bits, int leafX, int leafY) throws CodestreamException {
        int t = 1;
        while (!decode(bits, leafX, leafY, t)) {
            t++;
            if (t > 1024) {
                throw CodestreamException.at(bits.position(), "tag tree value above 1024 (missing-MSB count)");
            }
        }
        return t - 1;
    }
}
