package org.glimpse.workbench.internal.volume;

import org.glimpse.api.frame.ImagePlane;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.workbench.internal.load.SeriesModel;

/**
 * The voxel grid of a series of parallel slices: columns × rows × slices and the spacing of each axis in
 * mm, slice spacing from the distance between the first two slices' positions (else the slice thickness,
 * else 1 mm).
 */
public record VolumeGeometry(int columns, int rows, int slices, double columnSpacing, double rowSpacing,
        double sliceSpacing) {

    public static VolumeGeometry of(SeriesModel model) {
        InstanceDescriptor first = model.instance(0);
        ImagePlane plane = first.plane();
        double[] ps = plane.pixelSpacing();
        double row = ps == null ? 1 : ps[0];
        double col = ps == null ? 1 : ps[1];
        return new VolumeGeometry(first.pixel().columns(), first.pixel().rows(), model.size(), col, row,
                sliceSpacing(model, plane));
    }

    private static double sliceSpacing(SeriesModel model, ImagePlane plane) {
        if (model.size() > 1) {
            double[] a = model.instance(0).plane().imagePositionPatient();
            double[] b = model.instance(1).plane().imagePositionPatient();
            if (a != null && b != null) {
                double d = Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
                if (d > 0) {
                    return d;
                }
            }
        }
        return plane.sliceThickness() > 0 ? plane.sliceThickness() : 1;
    }

    /** Width in voxels of a plane's image. */
    public int width(Plane p) {
        return p == Plane.SAGITTAL ? rows : columns;
    }

    /** Height in voxels of a plane's image. */
    public int height(Plane p) {
        return p == Plane.AXIAL ? rows : slices;
    }

    /** How many positions a plane has (slices, rows or columns). */
    public int positions(Plane p) {
        return switch (p) {
            case AXIAL -> slices;
            case CORONAL -> rows;
            case SAGITTAL -> columns;
        };
    }

    /** Height over width of one voxel of the plane's image, in mm. */
    public double aspect(Plane p) {
        return switch (p) {
            case AXIAL -> rowSpacing / columnSpacing;
            case CORONAL -> sliceSpacing / columnSpacing;
            case SAGITTAL -> sliceSpacing / rowSpacing;
        };
    }
}
