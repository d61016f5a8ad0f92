package org.glimpse.workbench.internal.volume;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.ImagePlane;
import org.glimpse.workbench.internal.load.SeriesModel;
import org.glimpse.workbench.internal.stack.GrayImages;
import org.glimpse.workbench.internal.stack.WindowLevel;

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
                ImagePlane lut = model.instance(slice).plane();
                int stored = GrayImages.stored(f.pixels(), index(f, col, row));
                out[y * w + x] = (byte) wl.display(stored * lut.rescaleSlope() + lut.rescaleIntercept());
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
