package org.glimpse.server.data.phantom;

import java.util.SplittableRandom;

/** A 12-bit head-MR-like slice (skull, grey/white matter, ventricles) for the uncompressed instance. */
public final class HeadMr {
    private HeadMr() {
    }

    public static byte[] slice(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Pixels out = new Pixels(size * size, 0, 4095);
        double half = size / 2.0;
        for (int y = 0; y < size; y++) {
            double v = (y - half) / half;
            for (int x = 0; x < size; x++) {
                double u = (x - half) / half;
                double head = ChestRadiograph.ellipse(u, v, 0, 0, 0.75, 0.9);
                double value = 20;
                if (head > 0) {
                    value = head < 0.08 ? 1800 : head < 0.12 ? 150 : 900 + 250 * Math.cos(u * 20) * Math.cos(v * 17);
                    if (ChestRadiograph.ellipse(Math.abs(u), v, 0.12, -0.05, 0.07, 0.25) > 0) {
                        value = 2600;
                    }
                }
                out.set(y * size + x, value + 15 * random.nextGaussian());
            }
        }
        return out.bytes();
    }
}
