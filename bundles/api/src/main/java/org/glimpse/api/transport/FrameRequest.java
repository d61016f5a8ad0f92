package org.glimpse.api.transport;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.retrieve.RequestType;

/**
 * One frame retrieval: {@code GET {root}/studies/…/instances/{i}{framesPath}{n}?{urlArguments}}.
 *
 * @param series where the series lives
 * @param frame the frame
 * @param frameIndex 0-based index of the frame in the series, for ordering by distance from the view
 * @param framesPath the path before the frame number, {@code /frames/} by default
 * @param urlArguments query arguments, possibly empty
 * @param range bytes to ask for, or null for the whole frame
 * @param acceptTransferSyntaxes transfer syntax UIDs to ask for, best first; empty = any
 * @param requestType why it is made (first key of the queue order)
 * @param priority stage priority (second key, lower first)
 * @param stageId the stage asking, for metrics and error messages
 * @param singlePart ask for a single-part answer first (PS3.18 §8.7.3: the frame's media type, no
 *        multipart/related envelope), so that a byte range selects exactly the frame's bytes; servers that
 *        refuse it are asked for multipart/related next
 */
public record FrameRequest(SeriesLocation series, FrameKey frame, int frameIndex, String framesPath,
        Map<String, String> urlArguments, ByteRange range, List<String> acceptTransferSyntaxes,
        RequestType requestType, int priority, String stageId, boolean singlePart) {

    /** The standard WADO-RS frames path. */
    public static final String FRAMES = "/frames/";

    public FrameRequest {
        Objects.requireNonNull(series, "series is null");
        Objects.requireNonNull(frame, "frame is null");
        Objects.requireNonNull(requestType, "requestType is null");
        framesPath = framesPath == null ? FRAMES : framesPath;
        urlArguments = urlArguments == null ? Map.of() : Map.copyOf(urlArguments);
        acceptTransferSyntaxes = acceptTransferSyntaxes == null ? List.of() : List.copyOf(acceptTransferSyntaxes);
    }

    /** A request answered in a multipart/related envelope (the WADO-RS default). */
    public FrameRequest(SeriesLocation series, FrameKey frame, int frameIndex, String framesPath,
            Map<String, String> urlArguments, ByteRange range, List<String> acceptTransferSyntaxes,
            RequestType requestType, int priority, String stageId) {
        this(series, frame, frameIndex, framesPath, urlArguments, range, acceptTransferSyntaxes, requestType,
                priority, stageId, false);
    }

    /** The same request for another range (for example the rest after a prefix). */
    public FrameRequest withRange(ByteRange r) {
        return new FrameRequest(series, frame, frameIndex, framesPath, urlArguments, r, acceptTransferSyntaxes,
                requestType, priority, stageId, singlePart);
    }
}
