package org.glimpse.server.data.phantom;

import java.util.SplittableRandom;

/**
 * A chest-radiograph-like 12-bit image (MONOCHROME2, bright = attenuating): thorax, lungs with vessel
 * markings, ribs, spine, heart, diaphragm, plus signal-dependent quantum noise and fine detector texture,
 * so that lossless compression behaves like a real radiograph (about 5-6 bits per pixel).
 */
public final class ChestRadiograph {
    private ChestRadiograph() {
    }

    public static byte[] generate(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        SmoothNoise markings = new SmoothNoise(size, size, size / 60.0, random.split());
        SmoothNoise fine = new SmoothNoise(size, size, 3.0, random.split());
        SmoothNoise broad = new SmoothNoise(size, size, size / 6.0, random.split());
        Pixels out = new Pixels(size * size, 0, 4095);
        double half = size / 2.0;
        for (int y = 0; y < size; y++) {
            double v = (y - half) / half;
            for (int x = 0; x < size; x++) {
                double u = (x - half) / half;
                double signal = attenuation(u, v);
                signal += 60 * markings.at(x, y) * lungWeight(u, v) + 80 * broad.at(x, y);
                signal += 25 * fine.at(x, y);
                double sigma = 2 + 0.03 * Math.sqrt(Math.max(signal, 0) * 40);
                out.set(y * size + x, signal + sigma * random.nextGaussian());
            }
        }
        return out.bytes();
    }

    private static double attenuation(double u, double v) {
        double body = ellipse(u, v, 0, 0.05, 0.86, 1.05);
        if (body <= 0) {
            return 180;
        }
        double value = 900 + 1500 * soft(body, 3);
        double lungs = Math.max(ellipse(u, v, -0.38, -0.1, 0.3, 0.62), ellipse(u, v, 0.38, -0.1, 0.3, 0.62));
        value -= 1100 * soft(lungs, 4);
        value += 700 * soft(ellipse(u, v, 0.1, 0.25, 0.3, 0.28), 4);
        value += 900 * Math.exp(-u * u / 0.006);
        if (lungs > 0) {
            double rib = Math.sin((v + 0.25 * u * u) * 38);
            value += 260 * Math.max(0, rib) * Math.max(0, rib);
        }
        if (v > 0.45 + 0.1 * Math.cos(u * 3)) {
            value += 600;
        }
        return value;
    }

    private static double lungWeight(double u, double v) {
        return soft(Math.max(ellipse(u, v, -0.38, -0.1, 0.3, 0.62), ellipse(u, v, 0.38, -0.1, 0.3, 0.62)), 4);
    }

    /** Maps an {@link #ellipse} value to a 0..1 weight that ramps up over the first 1/gain inside. */
    private static double soft(double e, double gain) {
        return Math.max(0, Math.min(1, e * gain));
    }

    /** 1 at the centre, 0 on the border, negative outside. */
    static double ellipse(double u, double v, double cx, double cy, double rx, double ry) {
        double du = (u - cx) / rx;
        double dv = (v - cy) / ry;
        return 1 - Math.sqrt(du * du + dv * dv);
    }
}
