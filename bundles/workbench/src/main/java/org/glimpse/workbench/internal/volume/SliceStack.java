package org.glimpse.workbench.internal.volume;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.glimpse.api.frame.ImagePlane;

/**
 * The slices of a series placed in the patient: row and column directions from ImageOrientationPatient,
 * their normal, the slices ordered along the normal by the projection of their ImagePositionPatient (the
 * order the server lists them in does not matter), the spacing between slices from those projections (not
 * SliceThickness, which says how thick a slice is, not how far apart), and for a gantry-tilted stack the
 * in-plane offset of each slice from the middle one, so that a reformat can put each slice back where it
 * lies. Without positions the series order and SliceThickness are all there is, and {@link #notes()} says so.
 */
final class SliceStack {

    private static final double[] ROW = {1, 0, 0};
    private static final double[] COLUMN = {0, 1, 0};
    /** A stack whose slices step off the normal by more than this (degrees) is gantry-tilted. */
    private static final double TILTED = 0.5;

    final double[] rowDirection;
    final double[] columnDirection;
    final double[] normal;
    /** Model index of each volume slice, along the normal. */
    final int[] order;
    final double spacing;
    /** Per volume slice: where its pixel (0, 0) lies in the middle slice's grid, in columns and rows. */
    final double[][] offsets;
    final List<String> notes = new ArrayList<>();

    private SliceStack(double[] row, double[] column, int[] order, double spacing, double[][] offsets) {
        this.rowDirection = row;
        this.columnDirection = column;
        this.normal = Vectors.unit(Vectors.cross(row, column));
        this.order = order;
        this.spacing = spacing;
        this.offsets = offsets;
    }

    /** @param pixelSpacing {row spacing, column spacing} in mm of the slices' grid */
    static SliceStack of(List<ImagePlane> planes, double[] pixelSpacing) {
        double[] iop = planes.get(0).imageOrientationPatient();
        double[] row = iop == null ? ROW : Vectors.unit(Arrays.copyOfRange(iop, 0, 3));
        double[] column = iop == null ? COLUMN : Vectors.unit(Arrays.copyOfRange(iop, 3, 6));
        double[] normal = Vectors.unit(Vectors.cross(row, column));
        int n = planes.size();
        if (planes.stream().anyMatch(p -> p.imagePositionPatient() == null)) {
            SliceStack s = new SliceStack(row, column, identity(n), thickness(planes.get(0)), new double[n][2]);
            s.notes.add("no ImagePositionPatient: slices in series order, " + s.spacing + " mm apart");
            return s.describe(iop == null);
        }
        double[] along = new double[n];
        for (int i = 0; i < n; i++) {
            along[i] = Vectors.dot(planes.get(i).imagePositionPatient(), normal);
        }
        int[] order = Arrays.stream(identity(n)).boxed().sorted(Comparator.comparingDouble(i -> along[i]))
                .mapToInt(Integer::intValue).toArray();
        double[] steps = new double[Math.max(0, n - 1)];
        for (int k = 0; k + 1 < n; k++) {
            steps[k] = along[order[k + 1]] - along[order[k]];
        }
        double spacing = median(steps);
        double[] reference = planes.get(order[n / 2]).imagePositionPatient();
        double[][] offsets = new double[n][];
        for (int k = 0; k < n; k++) {
            double[] d = Vectors.minus(planes.get(order[k]).imagePositionPatient(), reference);
            offsets[k] = new double[] {Vectors.dot(d, row) / pixelSpacing[1], Vectors.dot(d, column) / pixelSpacing[0]};
        }
        SliceStack s = new SliceStack(row, column, order, spacing > 1e-6 ? spacing : thickness(planes.get(0)), offsets);
        if (!(spacing > 1e-6)) {
            s.notes.add("slices share their positions: " + s.spacing + " mm apart from SliceThickness");
        } else if (steps.length > 0 && Arrays.stream(steps).max().orElse(0) > 1.1 * Arrays.stream(steps).min().orElse(0)) {
            s.notes.add(String.format("uneven spacing %.2f–%.2f mm", Arrays.stream(steps).min().orElse(0),
                    Arrays.stream(steps).max().orElse(0)));
        }
        s.tilt(planes.get(order[0]).imagePositionPatient(), planes.get(order[n - 1]).imagePositionPatient());
        return s.describe(iop == null);
    }

    /** The notes a radiologist needs beside the reformats: oblique, tilted, guessed spacing. */
    List<String> notes() {
        return List.copyOf(notes);
    }

    private void tilt(double[] first, double[] last) {
        double[] d = Vectors.minus(last, first);
        double length = Math.sqrt(Vectors.dot(d, d));
        if (length > 0) {
            double degrees = Math.toDegrees(Math.acos(Math.min(1, Math.abs(Vectors.dot(d, normal)) / length)));
            if (degrees > TILTED) {
                notes.add(String.format("gantry tilt %.1f°", degrees));
            }
        }
    }

    private SliceStack describe(boolean noOrientation) {
        if (noOrientation) {
            notes.add(0, "no ImageOrientationPatient: axial assumed");
        } else if (PatientDirection.oblique(rowDirection) || PatientDirection.oblique(columnDirection)) {
            notes.add(0, "oblique");
        }
        return this;
    }

    private static double thickness(ImagePlane p) {
        return p.sliceThickness() > 0 ? p.sliceThickness() : 1;
    }

    private static double median(double[] v) {
        if (v.length == 0) {
            return 0;
        }
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }
}
