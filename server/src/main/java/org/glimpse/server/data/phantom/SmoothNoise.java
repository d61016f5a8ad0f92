package org.glimpse.server.data.phantom;

import java.util.SplittableRandom;

/** Band-limited random texture: uniform noise on a coarse grid, bilinearly interpolated. */
final class SmoothNoise {
    private final float[] grid;
    private final int gridWidth;
    private final int gridHeight;
    private final double cell;

    /** @param cell grid spacing in pixels; larger is smoother */
    SmoothNoise(int width, int height, double cell, SplittableRandom random) {
        this.cell = cell;
        this.gridWidth = (int) Math.ceil(width / cell) + 2;
        this.gridHeight = (int) Math.ceil(height / cell) + 2;
        this.grid = new float[gridWidth * gridHeight];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = (float) (random.nextDouble() * 2 - 1);
        }
    }

    /** A value in [-1, 1] at pixel (x, y). */
    double at(int x, int y) {
        double gx = x / cell;
        double gy = y / cell;
        int ix = (int) gx;
        int iy = (int) gy;
        double fx = gx - ix;
        double fy = gy - iy;
        int i = iy * gridWidth + ix;
        double top = grid[i] + (grid[i + 1] - grid[i]) * fx;
        double bottom = grid[i + gridWidth] + (grid[i + gridWidth + 1] - grid[i + gridWidth]) * fx;
        return top + (bottom - top) * fy;
    }
}
