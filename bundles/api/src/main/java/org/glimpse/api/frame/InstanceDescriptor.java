package org.glimpse.api.frame;

import java.util.Objects;

/**
 * One SOP instance of a series, from its DICOM JSON metadata: what the loader needs to request, decode
 * and place its frames.
 *
 * @param sopInstanceUid SOPInstanceUID (0008,0018)
 * @param sopClassUid SOPClassUID (0008,0016), or null
 * @param instanceNumber InstanceNumber (0020,0013), or 0
 * @param numberOfFrames NumberOfFrames (0028,0008), 1 when absent
 * @param transferSyntaxUid AvailableTransferSyntaxUID (0008,3002) or the transfer syntax the server
 *        stores, or null when the metadata do not say
 * @param pixel the Image Pixel module
 * @param plane geometry and modality LUT
 */
public record InstanceDescriptor(String sopInstanceUid, String sopClassUid, int instanceNumber, int numberOfFrames,
        String transferSyntaxUid, PixelDescriptor pixel, ImagePlane plane) {

    public InstanceDescriptor {
        Objects.requireNonNull(sopInstanceUid, "sopInstanceUid is null");
        Objects.requireNonNull(pixel, "pixel is null");
        plane = plane == null ? ImagePlane.unknown() : plane;
        if (numberOfFrames < 1) {
            throw new IllegalArgumentException("NumberOfFrames must be ≥ 1 for " + sopInstanceUid + ", was "
                    + numberOfFrames);
        }
    }
}
