package org.glimpse.server.data;

import org.glimpse.server.data.phantom.Angiogram;
import org.glimpse.server.data.phantom.ChestCt;
import org.glimpse.server.data.phantom.ChestRadiograph;
import org.glimpse.server.data.phantom.HeadMr;

/** How one sample series is made: its DICOM identity, geometry and the phantom that draws its frames. */
record SeriesSpec(String role, String modality, String sopClassUid, String description, int instances,
        int frames, int size, int bits, boolean signed, boolean compressed, double pixelSpacing,
        double sliceSpacing, double windowCenter, double windowWidth, PixelSource pixels) {

    /** Draws frame {@code frame} (0-based) of instance {@code instance} (0-based) as LE 16-bit samples. */
    interface PixelSource {
        byte[] draw(int instance, int frame);
    }

    static java.util.List<SeriesSpec> all(SampleSize s) {
        long seed = s.name().hashCode();
        return java.util.List.of(
                new SeriesSpec(Catalog.DX, "DX", "1.2.840.10008.5.1.4.1.1.1.1", "Chest PA phantom", 1, 1,
                        s.dxSize(), 12, false, true, 430.0 / s.dxSize(), 0, 1600, 3200,
                        (i, f) -> ChestRadiograph.generate(s.dxSize(), seed)),
                new SeriesSpec(Catalog.CT, "CT", "1.2.840.10008.5.1.4.1.1.2", "Chest-abdomen CT phantom",
                        s.ctSlices(), 1, s.ctSize(), 16, true, true, 360.0 / s.ctSize(), 250.0 / s.ctSlices(),
                        40, 400, (i, f) -> ChestCt.slice(s.ctSize(), (double) i / (s.ctSlices() - 1), seed + i)),
                new SeriesSpec(Catalog.MULTIFRAME, "XA", "1.2.840.10008.5.1.4.1.1.12.1", "Angiography cine phantom",
                        1, s.cineFrames(), s.cineSize(), 12, false, true, 0.3, 0, 2048, 4096,
                        (i, f) -> Angiogram.frame(s.cineSize(), f, s.cineFrames(), seed)),
                new SeriesSpec(Catalog.UNCOMPRESSED, "MR", "1.2.840.10008.5.1.4.1.1.4", "Head MR phantom", 1, 1,
                        s.rawSize(), 12, false, false, 230.0 / s.rawSize(), 0, 1200, 2400,
                        (i, f) -> HeadMr.slice(s.rawSize(), seed)));
    }
}
