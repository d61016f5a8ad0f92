package org.glimpse.workbench.internal.volume;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.workbench.internal.load.SeriesModel;
import org.glimpse.workbench.internal.render.StoredValues;
import org.glimpse.workbench.internal.render.WindowLevel;
import org.glimpse.workbench.internal.stack.WindowPresets;

/**
 * One reformatted image, sampled from the series' frames where they are (the frames are the pixel store:
 * nothing is copied into a volume). A frame held at a reduced level is sampled at the matching place of
 * its smaller grid; a frame with no image yet leaves its line black, and the next refresh fills it in.
 */
public final class Reformat {

    private Reformat() {
    }

    public static BufferedImage render(SeriesModel model, VolumeGeometry v, Plane plane, int position,
            WindowLevel wl) {
        int w = v.width(plane);
        int h = v.height(plane);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        WindowLevel[] perSlice = new WindowLevel[v.slices()];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int[] voxel = v.voxel(plane, position, x, y);
                int slice = v.frameIndex(voxel[2]);
                DecodedFrame f = model.image(slice);
                int col = v.frameColumn(voxel[2], voxel[0]);
                int row = v.frameRow(voxel[2], voxel[1]);
                if (f == null || f.samplesPerPixel() != 1 || col < 0 || row < 0) {
                    continue;
                }
                if (perSlice[voxel[2]] == null) {
                    perSlice[voxel[2]] = WindowPresets.rescaled(wl, model.instance(slice).plane());
                }
                out[y * w + x] = (byte) perSlice[voxel[2]].display(StoredValues.at(f.pixels(), index(f, col, row)));
            }
        }
        return img;
    }

    /** Index in {@code f}'s pixels of full-size voxel (col, row): a reduced image's pixel spans scaleX × scaleY. */
    static int index(DecodedFrame f, int col, int row) {
        int fx = Math.min(f.width() - 1, (int) (col / f.scaleX()));
        int fy = Math.min(f.height() - 1, (int) (row / f.scaleY()));
        return fy * f.width() + fx;
    }
}
