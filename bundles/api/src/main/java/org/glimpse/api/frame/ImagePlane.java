package org.glimpse.api.frame;

/**
 * Where a frame lies in the patient coordinate system (PS3.3 C.7.6.2) and how its values map to
 * display, as far as the loader and a reformat need it. Arrays are copied; absent values are null.
 *
 * @param imagePositionPatient x, y, z of the first pixel's centre in mm
 * @param imageOrientationPatient row and column direction cosines (6 values)
 * @param pixelSpacing row spacing then column spacing in mm
 * @param sliceThickness nominal slice thickness in mm, or NaN
 * @param rescaleIntercept modality LUT intercept (0 when absent)
 * @param rescaleSlope modality LUT slope (1 when absent)
 * @param windowCenter default window centre, or NaN
 * @param windowWidth default window width, or NaN
 */
public record ImagePlane(double[] imagePositionPatient, double[] imageOrientationPatient, double[] pixelSpacing,
        double sliceThickness, double rescaleIntercept, double rescaleSlope, double windowCenter,
        double windowWidth) {

    public ImagePlane {
        imagePositionPatient = copy(imagePositionPatient, 3, "ImagePositionPatient");
        imageOrientationPatient = copy(imageOrientationPatient, 6, "ImageOrientationPatient");
        pixelSpacing = copy(pixelSpacing, 2, "PixelSpacing");
    }

    /** A plane with no geometry and the identity modality LUT. */
    public static ImagePlane unknown() {
        return new ImagePlane(null, null, null, Double.NaN, 0, 1, Double.NaN, Double.NaN);
    }

    @Override
    public double[] imagePositionPatient() {
        return imagePositionPatient == null ? null : imagePositionPatient.clone();
    }

    @Override
    public double[] imageOrientationPatient() {
        return imageOrientationPatient == null ? null : imageOrientationPatient.clone();
    }

    @Override
    public double[] pixelSpacing() {
        return pixelSpacing == null ? null : pixelSpacing.clone();
    }

    private static double[] copy(double[] v, int length, String attribute) {
        if (v == null) {
            return null;
        }
        if (v.length != length) {
            throw new IllegalArgumentException(attribute + " must have " + length + " values, had " + v.length);
        }
        return v.clone();
    }
}
