package org.glimpse.server.data.phantom;

import java.util.SplittableRandom;

/**
 * A small 12-bit angiography-like cine: a contrast bolus travelling along branching vessels over a noisy
 * background, so each frame of the multi-frame instance differs.
 */
public final class Angiogram {
    private Angiogram() {
    }

    public static byte[] frame(int size, int index, int frames, long seed) {
        SplittableRandom random = new SplittableRandom(seed + index);
        Pixels out = new Pixels(size * size, 0, 4095);
        double bolus = (index + 1.0) / frames;
        for (int y = 0; y < size; y++) {
            double v = (double) y / size;
            for (int x = 0; x < size; x++) {
                double u = (double) x / size;
                double value = 2600 - 600 * (u - 0.5) * (u - 0.5);
                double trunk = Math.abs(u - 0.5 - 0.1 * Math.sin(v * 6));
                double branch = Math.abs(u - 0.5 - (v - 0.4) * 0.8);
                if (trunk < 0.02 && v < bolus) {
                    value -= 1400;
                }
                if (v > 0.4 && branch < 0.012 && v < bolus) {
                    value -= 1100;
                }
                out.set(y * size + x, value + 25 * random.nextGaussian());
            }
        }
        return out.bytes();
    }
}
