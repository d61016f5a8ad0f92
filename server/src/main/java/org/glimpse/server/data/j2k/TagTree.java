package org.glimpse.server.data.j2k;

/** A tag tree (T.800 B.10.2) over a grid of code-blocks, decoded incrementally against thresholds. */
final class TagTree {
    private final int[] value;
    private final int[] low;
    private final int[] parent;
    private final int leafColumns;

    TagTree(int columns, int rows) {
        this.leafColumns = columns;
        int total = 0;
        int w = columns;
        int h = rows;
        while (true) {
            total += w * h;
            if (w * h == 1) {
                break;
            }
            w = (w + 1) / 2;
            h = (h + 1) / 2;
        }
        value = new int[total];
        low = new int[total];
        parent = new int[total];
        java.util.Arrays.fill(value, Integer.MAX_VALUE);
        java.util.Arrays.fill(parent, -1);
        int levelStart = 0;
        w = columns;
        h = rows;
        while (w * h > 1) {
            int nextStart = levelStart + w * h;
            int pw = (w + 1) / 2;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    parent[levelStart + y * w + x] = nextStart + (y / 2) * pw + x / 2;
                }
            }
            levelStart = nextStart;
            w = pw;
            h = (h + 1) / 2;
        }
    }

    /** Whether the leaf's value is below {@code threshold}, reading the bits needed to tell. */
    boolean decode(BitReader in, int column, int row, int threshold) throws CodestreamException {
        int[] path = new int[32];
        int depth = 0;
        for (int node = row * leafColumns + column; node >= 0; node = parent[node]) {
            path[depth++] = node;
        }
        int lowest = 0;
        for (int i = depth - 1; i >= 0; i--) {
            int node = path[i];
            if (lowest > low[node]) {
                low[node] = lowest;
            } else {
                lowest = low[node];
            }
            while (lowest < threshold && lowest < value[node]) {
                if (in.bit() == 1) {
                    value[node] = lowest;
                } else {
                    lowest++;
                }
            }
            low[node] = lowest;
        }
        return value[path[0]] < threshold;
    }
}
