package org.glimpse.server.data;

import java.util.List;

/**
 * One instance of the sample data.
 *
 * @param sopInstanceUid       SOP Instance UID
 * @param frames               NumberOfFrames (1 for single-frame instances)
 * @param rows                 Rows
 * @param columns              Columns
 * @param bitsStored           BitsStored (BitsAllocated is 16)
 * @param signed               PixelRepresentation 1
 * @param defaultTransferSyntax what {@code /frames/{n}} answers without negotiation
 * @param transferSyntaxes     every syntax {@code /frames/{n}} can answer by Accept negotiation
 * @param alternates           alternate frame path segments served for this instance ({@code htj2k},
 *                             {@code jls}, {@code jlsThumbnail}); empty for the uncompressed instance
 * @param decompositions       wavelet decomposition levels of the JPEG 2000 forms (0 when none)
 * @param thumbnailRows        rows of the {@code /jlsThumbnail/} frames (0 when none)
 * @param thumbnailColumns     columns of the {@code /jlsThumbnail/} frames (0 when none)
 */
public record CatalogInstance(String sopInstanceUid, int frames, int rows, int columns, int bitsStored,
        boolean signed, String defaultTransferSyntax, List<String> transferSyntaxes, List<String> alternates,
        int decompositions, int thumbnailRows, int thumbnailColumns) {

    public CatalogInstance {
        transferSyntaxes = List.copyOf(transferSyntaxes);
        alternates = List.copyOf(alternates);
    }
}
