package org.glimpse.retrieve.internal.plan;

import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.retrieve.RetrieveOptions;

/**
 * A stage's options as they apply to one transfer syntax, and the quality status its request completes.
 *
 * <p>A first byte range ({@code rangeIndex ≥ 0}) shows a reduced image only when a prefix of the codestream
 * can be decoded; for any other known syntax it becomes a rest-of-frame request ({@code rangeIndex -1},
 * i.e. the whole frame when nothing is held yet) so that the stage still shows the frame and lends it.
 */
record StageRequestOptions(RetrieveOptions options, ImageQualityStatus completes) {

    static StageRequestOptions of(RetrieveOptions o, String transferSyntaxUid) {
        boolean firstRange = o.rangeIndex() != null && o.rangeIndex() >= 0;
        if (!firstRange) {
            return new StageRequestOptions(o, whole(o));
        }
        Boolean prefix = TransferSyntaxes.prefixDecodable(transferSyntaxUid);
        if (prefix == null) {
            return new StageRequestOptions(o, null);
        }
        if (prefix) {
            // Cornerstone3D: an image from a range that has not reached the end is SUBRESOLUTION.
            return new StageRequestOptions(o, ImageQualityStatus.SUBRESOLUTION);
        }
        // the whole frame is decoded whole: a level cap meant for a prefix does not apply to it
        RetrieveOptions rest = new RetrieveOptions(o.framesPath(), o.urlArguments(), o.streaming(), -1, o.chunkSize(),
                null, o.imageQualityStatus(), false, o.decodeLevelFromDisplay());
        return new StageRequestOptions(rest, whole(rest));
    }

    /** Status after all of a frame's bytes: as configured, else FULL_RESOLUTION unless decoded reduced. */
    private static ImageQualityStatus whole(RetrieveOptions o) {
        if (o.imageQualityStatus() != null) {
            return o.imageQualityStatus();
        }
        if (o.decodeLevelFromDisplay()) {
            return null;
        }
        return o.decodeLevel() != null && o.decodeLevel() > 0 ? ImageQualityStatus.SUBRESOLUTION
                : ImageQualityStatus.FULL_RESOLUTION;
    }
}
