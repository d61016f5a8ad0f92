package org.glimpse.api.frame;

import java.util.List;
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
 * @param publishedLevels resolution-level ends the server publishes for the frames' stored forms, possibly
 *        empty (most servers publish none)
 * @param reducedRenditions smaller renditions the server offers at other frame resources, possibly empty
 * @param palette the red, green and blue palette lookup tables of a PALETTE COLOR image when the metadata carry
 *        them inline, else null
 */
public record InstanceDescriptor(String sopInstanceUid, String sopClassUid, int instanceNumber, int numberOfFrames,
        String transferSyntaxUid, PixelDescriptor pixel, ImagePlane plane, List<PublishedLevels> publishedLevels,
        List<ReducedRendition> reducedRenditions, PaletteColor palette) {

    public InstanceDescriptor {
        Objects.requireNonNull(sopInstanceUid, "sopInstanceUid is null");
        Objects.requireNonNull(pixel, "pixel is null");
        plane = plane == null ? ImagePlane.unknown() : plane;
        if (numberOfFrames < 1) {
            throw new IllegalArgumentException("NumberOfFrames must be ≥ 1 for " + sopInstanceUid + ", was "
                    + numberOfFrames);
        }
        publishedLevels = publishedLevels == null ? List.of() : List.copyOf(publishedLevels);
        reducedRenditions = reducedRenditions == null ? List.of() : List.copyOf(reducedRenditions);
        for (PublishedLevels l : publishedLevels) {
            if (l.frameNumber() > numberOfFrames) {
                throw new IllegalArgumentException("published levels of " + sopInstanceUid + " name frame "
                        + l.frameNumber() + " of " + numberOfFrames);
            }
        }
    }

    /** An instance without palette lookup tables. */
    public InstanceDescriptor(String sopInstanceUid, String sopClassUid, int instanceNumber, int numberOfFrames,
            String transferSyntaxUid, PixelDescriptor pixel, ImagePlane plane, List<PublishedLevels> publishedLevels,
            List<ReducedRendition> reducedRenditions) {
        this(sopInstanceUid, sopClassUid, instanceNumber, numberOfFrames, transferSyntaxUid, pixel, plane,
                publishedLevels, reducedRenditions, null);
    }

    /** An instance for which the server publishes no level ends and no reduced renditions. */
    public InstanceDescriptor(String sopInstanceUid, String sopClassUid, int instanceNumber, int numberOfFrames,
            String transferSyntaxUid, PixelDescriptor pixel, ImagePlane plane) {
        this(sopInstanceUid, sopClassUid, instanceNumber, numberOfFrames, transferSyntaxUid, pixel, plane, List.of(),
                List.of());
    }

    /** The published level ends of a frame's bytes from {@code framesPath} in {@code transferSyntaxUid}, or null. */
    public PublishedLevels levelsOf(int frameNumber, String framesPath, String transferSyntaxUid) {
        for (PublishedLevels l : publishedLevels) {
            if (l.frameNumber() == frameNumber && l.framesPath().equals(framesPath)
                    && l.transferSyntaxUid().equals(transferSyntaxUid)) {
                return l;
            }
        }
        return null;
    }

    /** The reduced rendition served at {@code framesPath}, or null. */
    public ReducedRendition renditionAt(String framesPath) {
        for (ReducedRendition r : reducedRenditions) {
            if (r.framesPath().equals(framesPath)) {
                return r;
            }
        }
        return null;
    }
}
