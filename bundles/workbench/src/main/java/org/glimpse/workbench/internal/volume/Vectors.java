package org.glimpse.workbench.internal.volume;

/** The little 3-vector arithmetic the slice geometry needs (patient coordinates, mm). */
final class Vectors {

    private Vectors() {
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    static double[] minus(double[] a, double[] b) {
        return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
    }

    static double[] scaled(double[] a, double s) {
        return new double[] {a[0] * s, a[1] * s, a[2] * s};
    }

    static double[] unit(double[] a) {
        double n = Math.sqrt(dot(a, a));
        if (!(n > 0)) {
            throw new IllegalArgumentException("a direction of length " + n + " has no orientation");
        }
        return scaled(a, 1 / n);
    }
}
