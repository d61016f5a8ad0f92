package org.glimpse.workbench.internal.volume;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.List;
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

class ReformatTest {

    private static final PixelDescriptor PIXEL = new PixelDescriptor(4, 4, 1, 16, 12, 0, "MONOCHROME2", 0);

    @Test
    void aCoronalLineComesFromEachSliceAtItsOwnLevelAndAMissingSliceStaysBlack() {
        SeriesModel m = new SeriesModel(series(3), 0);
        // slice 0 at full size: value = column * 10; slice 1 at half size (reduce 1): value 100 + column
        short[] full = new short[16];
        for (int i = 0; i < 16; i++) {
            full[i] = (short) ((i % 4) * 10 + 1);
        }
        m.offer(new DecodedFrame(m.frame(0), 4, 4, 1, 12, 0, ImageQualityStatus.FULL_RESOLUTION, null,
                new PixelBuffer.Shorts(full, false)), 1);
        m.offer(new DecodedFrame(m.frame(1), 2, 2, 1, 12, 1, ImageQualityStatus.SUBRESOLUTION, null,
                new PixelBuffer.Shorts(new short[] {100, 101, 100, 101}, false)), 2);
        VolumeGeometry v = VolumeGeometry.of(m);
        WindowLevel identity = new WindowLevel(1, 0, 128, 256);
        BufferedImage coronal = Reformat.render(m, v, Plane.CORONAL, 2, identity);
        assertEquals(4, coronal.getWidth());
        assertEquals(3, coronal.getHeight(), "one line per slice");
        // slices go up the patient (z 0, 2.5, 5): the head is at the top of a coronal image
        for (int x = 0; x < 4; x++) {
            assertEquals(identity.display(x * 10 + 1), gray(coronal, x, 2), "slice 0, column " + x);
            assertEquals(identity.display(100 + x / 2), gray(coronal, x, 1), "slice 1 at half size, column " + x);
            assertEquals(0, gray(coronal, x, 0), "slice 2 has no image yet");
        }
    }

    @Test
    void sliceSpacingComesFromThePositionsOfTheFirstTwoSlices() {
        VolumeGeometry v = VolumeGeometry.of(new SeriesModel(series(3), 0));
        assertEquals(2.5, v.sliceSpacing(), 1e-9);
        assertEquals(2.5 / 0.5, v.aspect(Plane.CORONAL), 1e-9);
    }

    private static SeriesDescriptor series(int slices) {
        List<InstanceDescriptor> instances = new java.util.ArrayList<>();
        for (int z = 0; z < slices; z++) {
            ImagePlane plane = new ImagePlane(new double[] {0, 0, z * 2.5}, new double[] {1, 0, 0, 0, 1, 0},
                    new double[] {0.5, 0.5}, 2.5, 0, 1, Double.NaN, Double.NaN);
            instances.add(new InstanceDescriptor("i" + z, null, z + 1, 1, null, PIXEL, plane));
        }
        return new SeriesDescriptor("st", "se", "CT", instances);
    }

    private static int gray(BufferedImage img, int x, int y) {
        return img.getRaster().getSample(x, y, 0);
    }
}
