package org.glimpse.workbench.internal.volume;

import java.util.ArrayList;
import java.util.List;
import org.glimpse.api.frame.ImagePlane;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.workbench.internal.load.SeriesModel;

/**
 * The voxel grid of a series of parallel slices and how each reformat shows it: columns (i) × rows (j) of
 * the middle slice's grid × slices (k) along the normal ({@link SliceStack}), each plane's image turned so
 * that a radiologist reads it as usual (the patient's right on the left of a coronal image, anterior on the
 * left of a sagittal one, head up), its pixel aspect in mm and the patient directions at its edges. The
 * acquired plane is shown as acquired, as the stack view shows it.
 */
public final class VolumeGeometry {

    /** Which way each reformat should point right and down on screen, in order of preference. */
    private static final double[] RIGHT = {1, 0.1, -0.01};
    private static final double[] DOWN = {0.01, 0.1, -1};

    private final int columns;
    private final int rows;
    private final double rowSpacing;
    private final double columnSpacing;
    private final SliceStack stack;

    VolumeGeometry(int columns, int rows, double[] pixelSpacing, SliceStack stack) {
        this.columns = columns;
        this.rows = rows;
        this.rowSpacing = pixelSpacing[0];
        this.columnSpacing = pixelSpacing[1];
        this.stack = stack;
    }

    public static VolumeGeometry of(SeriesModel model) {
        InstanceDescriptor first = model.instance(0);
        double[] ps = first.plane().pixelSpacing();
        double[] spacing = ps == null || !(ps[0] > 0 && ps[1] > 0) ? new double[] {1, 1} : ps;
        List<ImagePlane> planes = new ArrayList<>();
        for (int i = 0; i < model.size(); i++) {
            planes.add(model.instance(i).plane());
        }
        return new VolumeGeometry(first.pixel().columns(), first.pixel().rows(), spacing,
                SliceStack.of(planes, spacing));
    }

    public int slices() {
        return stack.order.length;
    }

    /** Distance between neighbouring slices along their normal, in mm. */
    public double sliceSpacing() {
        return stack.spacing;
    }

    /** What a radiologist should know about this volume's geometry: oblique, gantry tilt, guessed spacing. */
    public List<String> notes() {
        return stack.notes();
    }

    /** Width in pixels of a plane's image. */
    public int width(Plane p) {
        return p == Plane.SAGITTAL ? rows : columns;
    }

    /** Height in pixels of a plane's image. */
    public int height(Plane p) {
        return p == Plane.AXIAL ? rows : slices();
    }

    /** How many positions a plane has (slices, rows or columns). */
    public int positions(Plane p) {
        return switch (p) {
            case AXIAL -> slices();
            case CORONAL -> rows;
            case SAGITTAL -> columns;
        };
    }

    /** Height over width of one pixel of the plane's image, in mm. */
    public double aspect(Plane p) {
        return switch (p) {
            case AXIAL -> rowSpacing / columnSpacing;
            case CORONAL -> stack.spacing / columnSpacing;
            case SAGITTAL -> stack.spacing / rowSpacing;
        };
    }

    /** The voxel {i, j, k} shown at pixel (x, y) of a plane's image at {@code position}. */
    public int[] voxel(Plane p, int position, int x, int y) {
        int h = flipped(across(p), RIGHT, p) ? width(p) - 1 - x : x;
        int v = flipped(down(p), DOWN, p) ? height(p) - 1 - y : y;
        return switch (p) {
            case AXIAL -> new int[] {h, v, position};
            case CORONAL -> new int[] {h, position, v};
            case SAGITTAL -> new int[] {position, h, v};
        };
    }

    /** The position of a plane that passes through {@code voxel}. */
    public int position(Plane p, int[] voxel) {
        return switch (p) {
            case AXIAL -> voxel[2];
            case CORONAL -> voxel[1];
            case SAGITTAL -> voxel[0];
        };
    }

    /** Index in the series (model) of volume slice {@code k}. */
    public int frameIndex(int k) {
        return stack.order[k];
    }

    /** Column of volume slice {@code k}'s own frame where voxel column {@code i} lies, or -1 outside it. */
    public int frameColumn(int k, int i) {
        int c = (int) Math.round(i - stack.offsets[k][0]);
        return c >= 0 && c < columns ? c : -1;
    }

    /** Row of volume slice {@code k}'s own frame where voxel row {@code j} lies, or -1 outside it. */
    public int frameRow(int k, int j) {
        int r = (int) Math.round(j - stack.offsets[k][1]);
        return r >= 0 && r < rows ? r : -1;
    }

    /** The patient directions at the plane image's left, right, top and bottom edges. */
    public Edges edges(Plane p) {
        double[] right = flipped(across(p), RIGHT, p) ? Vectors.scaled(across(p), -1) : across(p);
        double[] down = flipped(down(p), DOWN, p) ? Vectors.scaled(down(p), -1) : down(p);
        return new Edges(PatientDirection.label(Vectors.scaled(right, -1)), PatientDirection.label(right),
                PatientDirection.label(Vectors.scaled(down, -1)), PatientDirection.label(down));
    }

    /** What the plane is in the patient (axial, coronal, sagittal), "oblique" added when it is tilted. */
    public String name(Plane p) {
        double[] normal = Vectors.cross(across(p), down(p));
        String name = switch (PatientDirection.axis(normal)) {
            case 0 -> "sagittal";
            case 1 -> "coronal";
            default -> "axial";
        };
        return PatientDirection.oblique(normal) ? name + " oblique" : name;
    }

    private double[] across(Plane p) {
        return p == Plane.SAGITTAL ? stack.columnDirection : stack.rowDirection;
    }

    private double[] down(Plane p) {
        return p == Plane.AXIAL ? stack.columnDirection : stack.normal;
    }

    /** A reformat is turned to point where radiologists expect; the acquired plane stays as acquired. */
    private static boolean flipped(double[] axis, double[] preferred, Plane p) {
        return p != Plane.AXIAL && Vectors.dot(axis, preferred) < 0;
    }

    /** Patient direction labels of an image's four edges. */
    public record Edges(String left, String right, String top, String bottom) {
    }
}
