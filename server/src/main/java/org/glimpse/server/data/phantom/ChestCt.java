package org.glimpse.server.data.phantom;

import java.util.SplittableRandom;

/**
 * An axial chest/abdomen CT slice in Hounsfield units, stored signed 16-bit (air −1000, padding outside the
 * reconstruction circle −2000): body with fat layer, lungs with vessels in the upper slices, heart and aorta,
 * liver in the lower slices, spine and ribs, and ~12 HU noise. {@code fraction} is the slice position
 * from head (0) to feet (1), so neighbouring slices are continuous and an MPR shows anatomy.
 */
public final class ChestCt {
    private ChestCt() {
    }

    public static byte[] slice(int size, double fraction, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        SmoothNoise texture = new SmoothNoise(size, size, size / 40.0, random.split());
        Pixels out = new Pixels(size * size, -32768, 32767);
        double half = size / 2.0;
        for (int y = 0; y < size; y++) {
            double v = (y - half) / half;
            for (int x = 0; x < size; x++) {
                double u = (x - half) / half;
                double hu;
                if (u * u + v * v > 0.98) {
                    hu = -2000;
                } else {
                    hu = tissue(u, v, fraction) + 12 * random.nextGaussian();
                    if (hu < -500) {
                        hu += 60 * texture.at(x, y);
                    }
                }
                out.set(y * size + x, hu);
            }
        }
        return out.bytes();
    }

    private static double tissue(double u, double v, double z) {
        double bodyX = 0.78 - 0.05 * z;
        double bodyY = 0.55;
        if (ChestRadiograph.ellipse(u, v, 0, 0.05, bodyX, bodyY) <= 0) {
            return v > 0.62 && v < 0.7 ? 200 : -1000;
        }
        if (ChestRadiograph.ellipse(u, v, 0, 0.05, bodyX, bodyY) < 0.06) {
            return -100;
        }
        double spine = ChestRadiograph.ellipse(u, v, 0, 0.42, 0.09, 0.09);
        if (spine > 0) {
            return spine > 0.3 ? 250 : 750;
        }
        double ribAngle = Math.atan2(v - 0.05, u);
        double ribRing = ChestRadiograph.ellipse(u, v, 0, 0.05, bodyX - 0.06, bodyY - 0.06);
        if (ribRing > 0 && ribRing < 0.05 && Math.sin(ribAngle * 9 + z * 40) > 0.6) {
            return 900;
        }
        double lungShrink = Math.max(0, 1 - z * 1.6);
        if (lungShrink > 0) {
            double lungs = Math.max(ChestRadiograph.ellipse(u, v, -0.34, 0.0, 0.26 * lungShrink + 0.01, 0.4),
                    ChestRadiograph.ellipse(u, v, 0.34, 0.0, 0.26 * lungShrink + 0.01, 0.4));
            if (lungs > 0) {
                double vessel = Math.sin(u * 40 + z * 13) * Math.sin(v * 37 - z * 11);
                return vessel > 0.93 ? 40 : -850;
            }
        }
        if (ChestRadiograph.ellipse(u, v, 0.05, 0.25, 0.06, 0.06) > 0) {
            return 250;
        }
        if (z < 0.6 && ChestRadiograph.ellipse(u, v, 0.08, -0.05, 0.25 * (1 - z), 0.22 * (1 - z)) > 0) {
            return 45;
        }
        if (z > 0.45 && ChestRadiograph.ellipse(u, v, -0.25, 0.0, 0.35 * (z - 0.3), 0.3) > 0) {
            return 60;
        }
        return 35;
    }
}
