package org.glimpse.api.retrieve;

import org.glimpse.api.frame.ImageQualityStatus;
import java.util.Map;

/**
 * How a stage fetches a frame, as in Cornerstone3D's {@code retrieveOptions}, plus Glimpse's extensions.
 *
 * @param framesPath path segment replacing {@code /frames/} (e.g. {@code /jlsThumbnail/frames/}), or null
 * @param urlArguments query arguments added to the frame URL (e.g. {@code accept}), possibly empty
 * @param streaming deliver bytes to the decoder as they arrive
 * @param rangeIndex byte-range step: 0 is the first {@code chunkSize} bytes, -1 the rest; null = no range
 * @param chunkSize bytes of the first range (Cornerstone3D's default 65 536)
 * @param decodeLevel cap on the resolution level decoded (0 = full, n = 2^n reduced); null = best available
 * @param imageQualityStatus status of the image when this request completes; null = derived from the bytes
 * @param rangeEndsAtResolution Glimpse: end the range at a resolution-level boundary read from the
 *        codestream instead of at {@code chunkSize}
 * @param decodeLevelFromDisplay Glimpse: choose the decode level from the display size so that a
 *        thumbnail never fetches full resolution
 */
public record RetrieveOptions(String framesPath, Map<String, String> urlArguments, boolean streaming,
        Integer rangeIndex, int chunkSize, Integer decodeLevel, ImageQualityStatus imageQualityStatus,
        boolean rangeEndsAtResolution, boolean decodeLevelFromDisplay) {

    /** Cornerstone3D's default size of the first byte range. */
    public static final int DEFAULT_CHUNK_SIZE = 65_536;

    /** A plain full request: whole frame, no range, no streaming. */
    public static final RetrieveOptions FULL = new RetrieveOptions(null, Map.of(), false, null,
            DEFAULT_CHUNK_SIZE, null, null, false, false);

    public RetrieveOptions {
        urlArguments = urlArguments == null ? Map.of() : Map.copyOf(urlArguments);
        if (chunkSize <= 0) {
            throw new IllegalArgumentException("chunkSize must be > 0, was " + chunkSize);
        }
        if (rangeIndex != null && rangeIndex < -1) {
            throw new IllegalArgumentException("rangeIndex must be ≥ -1, was " + rangeIndex);
        }
        if (decodeLevel != null && (decodeLevel < 0 || decodeLevel > 32)) {
            throw new IllegalArgumentException("decodeLevel must be in [0, 32], was " + decodeLevel);
        }
        if (framesPath != null && !framesPath.startsWith("/")) {
            throw new IllegalArgumentException("framesPath must start with '/', was '" + framesPath + "'");
        }
    }

    /** Whether this request asks for a byte range rather than the whole frame. */
    public boolean isRange() {
        return rangeIndex != null;
    }
}
