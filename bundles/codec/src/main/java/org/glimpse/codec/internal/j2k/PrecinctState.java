package org.glimpse.codec.internal.j2k;

/** What earlier packets told about the code-blocks of one precinct: inclusion, bit lengths, segments. */
final class PrecinctState {
    final int[][] grid;
    final TagTree[] inclusion;
    final TagTree[] zeroBitPlanes;
    final int[][] passes;
    final int[][] lblock;
    final int[][] segmentPasses;
    final int[][] segmentMax;
    final int[][] segments;

    PrecinctState(Resolution res, long precinct) {
        int n = res.bandCount();
        grid = new int[n][];
        inclusion = new TagTree[n];
        zeroBitPlanes = new TagTree[n];
        passes = new int[n][];
        lblock = new int[n][];
        segmentPasses = new int[n][];
        segmentMax = new int[n][];
        segments = new int[n][];
        for (int b = 0; b < n; b++) {
            grid[b] = res.bandEmpty(b) ? new int[] {0, 0} : res.codeBlocks(b, precinct);
            int blocks = grid[b][0] * grid[b][1];
            if (blocks > 0) {
                inclusion[b] = new TagTree(grid[b][0], grid[b][1]);
                zeroBitPlanes[b] = new TagTree(grid[b][0], grid[b][1]);
            }
            passes[b] = new int[blocks];
            lblock[b] = new int[blocks];
            java.util.Arrays.fill(lblock[b], 3);
            segmentPasses[b] = new int[blocks];
            segmentMax[b] = new int[blocks];
            segments[b] = new int[blocks];
        }
    }
}
