package org.glimpse.workbench.internal.volume;

/**
 * Names a direction in the patient coordinate system (PS3.3 C.7.6.2.1.1: +x to the patient's left, +y
 * posterior, +z head) with the letters of PS3.3 C.7.6.1.1.1 (L, R, A, P, H, F), the strongest component
 * first, as an image's edges are labelled: an axis-aligned direction gets one letter, an oblique one two or
 * three ("LA" mostly left, somewhat anterior).
 */
final class PatientDirection {

    /** A component below this (about 15° off the axis's perpendicular) does not name the direction. */
    private static final double NAMES = 0.26;
    /** A unit vector whose largest component is below this (about 3° off its axis) is oblique. */
    private static final double ALIGNED = 0.9986;

    private PatientDirection() {
    }

    /** The letters of unit vector {@code v}, strongest component first; "?" for a null vector. */
    static String label(double[] v) {
        StringBuilder s = new StringBuilder();
        boolean[] used = new boolean[3];
        for (int n = 0; n < 3; n++) {
            int axis = strongest(v, used);
            if (Math.abs(v[axis]) < NAMES) {
                break;
            }
            used[axis] = true;
            s.append(letter(axis, v[axis] > 0));
        }
        return s.length() == 0 ? "?" : s.toString();
    }

    /** True when {@code v} lies along none of the patient's axes. */
    static boolean oblique(double[] v) {
        return Math.abs(v[strongest(v, new boolean[3])]) < ALIGNED;
    }

    /** 0, 1 or 2: the axis {@code v} lies nearest to. */
    static int axis(double[] v) {
        return strongest(v, new boolean[3]);
    }

    private static int strongest(double[] v, boolean[] used) {
        int best = -1;
        for (int a = 0; a < 3; a++) {
            if (!used[a] && (best < 0 || Math.abs(v[a]) > Math.abs(v[best]))) {
                best = a;
            }
        }
        return best;
    }

    private static char letter(int axis, boolean positive) {
        return switch (axis) {
            case 0 -> positive ? 'L' : 'R';
            case 1 -> positive ? 'P' : 'A';
            default -> positive ? 'H' : 'F';
        };
    }
}
