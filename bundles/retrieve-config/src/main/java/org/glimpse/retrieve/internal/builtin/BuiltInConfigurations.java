package org.glimpse.retrieve.internal.builtin;

import static org.glimpse.api.frame.ImageQualityStatus.ADJACENT_REPLICATE;
import static org.glimpse.api.frame.ImageQualityStatus.FAR_REPLICATE;
import static org.glimpse.api.frame.ImageQualityStatus.SUBRESOLUTION;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.retrieve.NearbyFrame;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.retrieve.RetrieveConfiguration;
import org.glimpse.api.retrieve.RetrieveOptions;
import org.glimpse.api.retrieve.RetrieveStage;

/**
 * The configurations every workstation knows by name. Stage lists follow Cornerstone3D's
 * {@code singleRetrieve}, {@code sequentialRetrieve} and {@code interleavedRetrieve}; the presets follow the
 * configurations of its progressive-loading examples and documentation.
 *
 * <p>Where Cornerstone3D leaves {@code retrieveOptions} to the application, {@code sequential} and
 * {@code interleaved} carry a 64 KB first byte range and a rest-of-frame final range: the planner turns
 * the first range into a whole-frame request for transfer syntaxes whose prefix cannot be decoded.
 */
public final class BuiltInConfigurations {

    public static final String SINGLE = "single";
    public static final String SEQUENTIAL = "sequential";
    public static final String INTERLEAVED = "interleaved";
    public static final String HTJ2K_BYTE_RANGE = "htj2k-byte-range";
    public static final String HTJ2K_STREAMING = "htj2k-streaming";
    public static final String JLS_THUMBNAIL = "jls-thumbnail";
    public static final String SERVER_REDUCED = "server-reduced";
    public static final String HTJ2K_LEVEL_RANGE = "htj2k-level-range";
    public static final String GLIMPSE_VOLUME = "glimpse-volume";

    /** Cornerstone3D's priority for a stage that names none (RequestPoolManager, lower is sooner). */
    public static final int DEFAULT_PRIORITY = -5;

    private static final Map<String, RetrieveConfiguration> ALL = build();

    private BuiltInConfigurations() {
    }

    /** Every built-in by name, in a stable order. */
    public static Map<String, RetrieveConfiguration> all() {
        return ALL;
    }

    public static Optional<RetrieveConfiguration> byName(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    private static Map<String, RetrieveConfiguration> build() {
        Map<String, RetrieveConfiguration> m = new LinkedHashMap<>();
        for (RetrieveConfiguration c : List.of(single(), sequential(), interleaved(), htj2kByteRange(),
                htj2kStreaming(), jlsThumbnail(), serverReduced(), htj2kLevelRange(), glimpseVolume())) {
            m.put(c.name(), c);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    static RetrieveConfiguration single() {
        return new RetrieveConfiguration(SINGLE, List.of(stage("initialImages", "single")), Map.of());
    }

    static RetrieveConfiguration sequential() {
        return new RetrieveConfiguration(SEQUENTIAL, sequentialStages(), Map.of(
                "singleFast", range(0, RetrieveOptions.DEFAULT_CHUNK_SIZE, null),
                "singleFinal", range(-1, RetrieveOptions.DEFAULT_CHUNK_SIZE, null)));
    }

    static RetrieveConfiguration interleaved() {
        List<NearbyFrame> nearby = List.of(new NearbyFrame(-1, ADJACENT_REPLICATE),
                new NearbyFrame(1, ADJACENT_REPLICATE), new NearbyFrame(2, FAR_REPLICATE));
        RequestType thumb = RequestType.THUMBNAIL;
        List<RetrieveStage> stages = List.of(
                new RetrieveStage("initialImages", "default", List.of(0.5, 0.0, -1.0), 1, 0, thumb, 5, nearby),
                new RetrieveStage("quarterThumb", "multipleFast", List.of(), 4, 3, thumb, 6, nearby),
                new RetrieveStage("halfThumb", "multipleFast", List.of(), 4, 1, thumb, 7, nearby),
                new RetrieveStage("quarterFull", "multipleFinal", List.of(), 4, 2, thumb, 8, List.of()),
                new RetrieveStage("halfFull", "multipleFinal", List.of(), 4, 0, thumb, 9, List.of()),
                new RetrieveStage("threeQuarterFull", "multipleFinal", List.of(), 4, 1, thumb, 10, List.of()),
                new RetrieveStage("finalFull", "multipleFinal", List.of(), 4, 3, thumb, 11, List.of()),
                // Cornerstone3D's safety net: a plain request for any frame whose earlier requests failed.
                stage("errorRetrieve", null));
        return new RetrieveConfiguration(INTERLEAVED, stages, Map.of(
                "multipleFast", range(0, RetrieveOptions.DEFAULT_CHUNK_SIZE, null),
                "multipleFinal", range(-1, RetrieveOptions.DEFAULT_CHUNK_SIZE, null)));
    }

    /** Cornerstone3D's "HTJ2K Bytes" stack example: 128 KB at level 2, 10 chunks at full size, then the rest. */
    static RetrieveConfiguration htj2kByteRange() {
        List<RetrieveStage> stages = List.of(stage("lossySequential", "singleFast"),
                stage("lossySequentialFailure", "singleFastFailure"), stage("lossyMiddle", "singleMiddle"),
                stage("lossyMiddleFailure", "singleMiddleFailure"), stage("finalSequential", "singleFinal"));
        return new RetrieveConfiguration(HTJ2K_BYTE_RANGE, stages, Map.of(
                "singleFast", range(0, 128 * 1024, 2),
                "singleFastFailure", range(0, RetrieveOptions.DEFAULT_CHUNK_SIZE, 3),
                "singleMiddle", range(10, RetrieveOptions.DEFAULT_CHUNK_SIZE, 0),
                "singleMiddleFailure", range(10, RetrieveOptions.DEFAULT_CHUNK_SIZE, 1),
                "singleFinal", range(-1, RetrieveOptions.DEFAULT_CHUNK_SIZE, null)));
    }

    /** One streamed request per frame, decoded at each resolution level as its bytes arrive. */
    static RetrieveConfiguration htj2kStreaming() {
        RetrieveOptions streaming = new RetrieveOptions(null, Map.of(), true, null,
                RetrieveOptions.DEFAULT_CHUNK_SIZE, null, null, false, false);
        return new RetrieveConfiguration(HTJ2K_STREAMING, List.of(stage("initialImages", "single")),
                Map.of("single", streaming));
    }

    /** Quarter-size JPEG-LS alternates from {@code /jlsThumbnail/}, then lossless JPEG-LS from {@code /jls/}. */
    static RetrieveConfiguration jlsThumbnail() {
        return new RetrieveConfiguration(JLS_THUMBNAIL, sequentialStages(), Map.of(
                "singleFast", path("/jlsThumbnail/", Map.of(), SUBRESOLUTION),
                "singleFinal", path("/jls/", Map.of(), null)));
    }

    /**
     * A reduced image rendered by the server (JPIP {@code fsiz}, DICOM PS3.5 §8.4.1), then the full frame,
     * as in Cornerstone3D's "Separate URL for sub-resolution images".
     */
    static RetrieveConfiguration serverReduced() {
        return new RetrieveConfiguration(SERVER_REDUCED, sequentialStages(), Map.of(
                "singleFast", path("/jpip?target=", Map.of("fsiz", "128,128"), SUBRESOLUTION),
                "singleFinal", RetrieveOptions.FULL));
    }

    /**
     * Glimpse's own: the first range ends where a resolution level of the codestream ends (not at a blind
     * 64 KB), at the level the display needs, then the rest of the frame.
     */
    static RetrieveConfiguration htj2kLevelRange() {
        RetrieveOptions first = new RetrieveOptions(null, Map.of(), false, 0, RetrieveOptions.DEFAULT_CHUNK_SIZE,
                null, null, true, true);
        return new RetrieveConfiguration(HTJ2K_LEVEL_RANGE, sequentialStages(), Map.of(
                "singleFast", first,
                "singleFinal", range(-1, RetrieveOptions.DEFAULT_CHUNK_SIZE, null)));
    }

    /**
     * Glimpse's volume configuration: every slice first at a low resolution level, each range ending exactly
     * where that level ends (a 512² slice's 64² level, reduce 3, is complete at about 5 KB), before any slice
     * is fetched whole; then the rest of every slice. Slices near the one in view go first within each stage.
     */
    static RetrieveConfiguration glimpseVolume() {
        RetrieveOptions coarse = new RetrieveOptions(null, Map.of(), false, 0, RetrieveOptions.DEFAULT_CHUNK_SIZE, 3,
                null, true, false);
        List<RetrieveStage> stages = List.of(
                new RetrieveStage("everySliceCoarse", "coarse", List.of(), 1, 0, RequestType.THUMBNAIL, 0, List.of()),
                new RetrieveStage("everySliceFull", "rest", List.of(), 1, 0, RequestType.PREFETCH, 0, List.of()));
        return new RetrieveConfiguration(GLIMPSE_VOLUME, stages, Map.of("coarse", coarse,
                "rest", range(-1, RetrieveOptions.DEFAULT_CHUNK_SIZE, null)));
    }

    private static List<RetrieveStage> sequentialStages() {
        return List.of(stage("lossySequential", "singleFast"), stage("finalSequential", "singleFinal"));
    }

    private static RetrieveStage stage(String id, String retrieveType) {
        return new RetrieveStage(id, retrieveType, List.of(), 1, 0, RequestType.INTERACTION, DEFAULT_PRIORITY,
                List.of());
    }

    private static RetrieveOptions range(int rangeIndex, int chunkSize, Integer decodeLevel) {
        return new RetrieveOptions(null, Map.of(), false, rangeIndex, chunkSize, decodeLevel, null, false, false);
    }

    private static RetrieveOptions path(String framesPath, Map<String, String> urlArguments,
            ImageQualityStatus status) {
        return new RetrieveOptions(framesPath, urlArguments, false, null, RetrieveOptions.DEFAULT_CHUNK_SIZE, null,
                status, false, false);
    }
}
