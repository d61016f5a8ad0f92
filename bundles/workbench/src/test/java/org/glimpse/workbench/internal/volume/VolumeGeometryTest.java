package org.glimpse.workbench.internal.volume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntBinaryOperator;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.ImagePlane;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.workbench.internal.load.SeriesModel;
import org.glimpse.workbench.internal.render.WindowLevel;
import org.junit.jupiter.api.Test;

/**
 * Reformats built from hand-made slice geometry: the order the server lists slices in, their spacing, a
 * tilted gantry and an oblique acquisition must all come out as a radiologist reads them.
 */
class VolumeGeometryTest {

    private static final int SIZE = 4;
    private static final double[] AXIAL = {1, 0, 0, 0, 1, 0};
    private static final WindowLevel IDENTITY = new WindowLevel(1, 0, 128, 256);

    @Test
    void slicesListedHeadFirstAreOrderedAlongTheNormalAndTheCoronalShowsTheHeadAtTheTop() {
        // listed z = 20, 10, 0 (head first); each slice's value is its height in the patient
        SeriesModel reversed = model(AXIAL, new double[][] {{0, 0, 20}, {0, 0, 10}, {0, 0, 0}}, 1, 10,
                (slice, i) -> new int[] {20, 10, 0}[slice] + 1);
        SeriesModel ascending = model(AXIAL, new double[][] {{0, 0, 0}, {0, 0, 10}, {0, 0, 20}}, 1, 10,
                (slice, i) -> new int[] {0, 10, 20}[slice] + 1);
        for (SeriesModel m : List.of(reversed, ascending)) {
            VolumeGeometry v = VolumeGeometry.of(m);
            BufferedImage coronal = Reformat.render(m, v, Plane.CORONAL, 1, IDENTITY);
            BufferedImage sagittal = Reformat.render(m, v, Plane.SAGITTAL, 1, IDENTITY);
            for (int line = 0; line < 3; line++) {
                int z = 20 - 10 * line;
                assertEquals(IDENTITY.display(z + 1), gray(coronal, 0, line), "coronal line " + line + " is z " + z);
                assertEquals(IDENTITY.display(z + 1), gray(sagittal, 0, line), "sagittal line " + line + " is z " + z);
            }
            assertEquals(new VolumeGeometry.Edges("R", "L", "H", "F"), v.edges(Plane.CORONAL));
            assertEquals(new VolumeGeometry.Edges("A", "P", "H", "F"), v.edges(Plane.SAGITTAL));
            assertEquals(new VolumeGeometry.Edges("R", "L", "A", "P"), v.edges(Plane.AXIAL));
            assertEquals(List.of(), v.notes(), "an axial stack has nothing to say");
            assertEquals("coronal", v.name(Plane.CORONAL));
            assertEquals("sagittal", v.name(Plane.SAGITTAL));
        }
    }

    @Test
    void sliceSpacingIsTheDistanceBetweenPositionsNotTheSliceThicknessSoAPixelIsTwiceAsTallAsWide() {
        // 0.5 mm pixels, slices 1 mm apart, 5 mm thick (overlapping reconstruction)
        SeriesModel m = model(AXIAL, new double[][] {{0, 0, 0}, {0, 0, 1}, {0, 0, 2}, {0, 0, 3}}, 0.5, 5,
                (slice, i) -> 1);
        VolumeGeometry v = VolumeGeometry.of(m);
        assertEquals(1.0, v.sliceSpacing(), 1e-9);
        assertEquals(2.0, v.aspect(Plane.CORONAL), 1e-9, "coronal pixel height / width");
        assertEquals(2.0, v.aspect(Plane.SAGITTAL), 1e-9, "sagittal pixel height / width");
        assertEquals(1.0, v.aspect(Plane.AXIAL), 1e-9);
        assertEquals(4, v.height(Plane.CORONAL), "one line per slice");
    }

    @Test
    void aGantryTiltedStackIsPutBackWhereEachSliceLiesAndSaysItIsTilted() {
        // slices 2 mm apart in z, each 1 mm further posterior (1 mm pixels): a structure fixed in the patient
        // at y = 2 mm lies on row 2 - slice of each slice's own grid
        SeriesModel m = model(AXIAL, new double[][] {{0, 0, 0}, {0, 1, 2}, {0, 2, 4}}, 1, 2,
                (slice, i) -> i / SIZE == 2 - slice ? 200 : 10);
        VolumeGeometry v = VolumeGeometry.of(m);
        assertEquals(2.0, v.sliceSpacing(), 1e-9, "spacing along the normal, not between positions");
        assertTrue(v.notes().stream().anyMatch(n -> n.startsWith("gantry tilt 26.6")), "notes: " + v.notes());
        // in the middle slice's grid the structure is on row 1: the coronal plane through it is bright on every line
        BufferedImage coronal = Reformat.render(m, v, Plane.CORONAL, 1, IDENTITY);
        for (int line = 0; line < 3; line++) {
            assertEquals(IDENTITY.display(200), gray(coronal, 1, line), "coronal through the structure, line " + line);
        }
        BufferedImage sagittal = Reformat.render(m, v, Plane.SAGITTAL, 1, IDENTITY);
        for (int line = 0; line < 3; line++) {
            assertEquals(IDENTITY.display(200), gray(sagittal, 1, line), "sagittal column 1 (y = 2 mm), line " + line);
            assertEquals(IDENTITY.display(10), gray(sagittal, 2, line), "sagittal column 2 (y = 3 mm), line " + line);
        }
    }

    @Test
    void anObliqueAcquisitionSaysSoAndLabelsItsEdgesWithTheDirectionsTheyFace() {
        double c = Math.cos(Math.toRadians(20));
        double s = Math.sin(Math.toRadians(20));
        double[] iop = {1, 0, 0, 0, c, s};
        double[] normal = {0, -s, c};
        double[][] positions = new double[3][];
        for (int k = 0; k < 3; k++) {
            positions[k] = new double[] {0, normal[1] * 3 * k, normal[2] * 3 * k};
        }
        VolumeGeometry v = VolumeGeometry.of(model(iop, positions, 1, 3, (slice, i) -> 1));
        assertEquals("oblique", v.notes().get(0));
        assertEquals(List.of("oblique"), v.notes(), "slices step along their normal: no tilt");
        assertEquals(3.0, v.sliceSpacing(), 1e-9);
        assertEquals(new VolumeGeometry.Edges("R", "L", "AF", "PH"), v.edges(Plane.AXIAL));
        assertEquals(new VolumeGeometry.Edges("R", "L", "HA", "FP"), v.edges(Plane.CORONAL));
        assertEquals("coronal oblique", v.name(Plane.CORONAL));
        assertEquals("axial oblique", v.name(Plane.AXIAL));
    }

    /** Slices at {@code positions} (listed in that order), each pixel's stored value from (slice, index). */
    private static SeriesModel model(double[] iop, double[][] positions, double pixelSpacing, double thickness,
            IntBinaryOperator value) {
        PixelDescriptor pixel = new PixelDescriptor(SIZE, SIZE, 1, 16, 12, 0, "MONOCHROME2", 0);
        List<InstanceDescriptor> instances = new ArrayList<>();
        for (int k = 0; k < positions.length; k++) {
            ImagePlane plane = new ImagePlane(positions[k], iop, new double[] {pixelSpacing, pixelSpacing}, thickness,
                    0, 1, Double.NaN, Double.NaN);
            instances.add(new InstanceDescriptor("i" + k, null, k + 1, 1, null, pixel, plane));
        }
        SeriesModel m = new SeriesModel(new SeriesDescriptor("st", "se", "CT", instances), 0);
        for (int k = 0; k < positions.length; k++) {
            short[] values = new short[SIZE * SIZE];
            for (int i = 0; i < values.length; i++) {
                values[i] = (short) value.applyAsInt(k, i);
            }
            m.offer(new DecodedFrame(m.frame(k), SIZE, SIZE, 1, 12, 0, ImageQualityStatus.FULL_RESOLUTION, null,
                    new PixelBuffer.Shorts(values, false)), k);
        }
        return m;
    }

    private static int gray(BufferedImage img, int x, int y) {
        return img.getRaster().getSample(x, y, 0);
    }
}
