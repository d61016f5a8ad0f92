package org.glimpse.transport.internal.testing;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.transport.ByteRange;
import org.glimpse.api.transport.FrameRequest;
import org.glimpse.api.transport.SeriesLocation;

/** Frame requests for the test servers: {@code {root}/studies/1/series/2/instances/3/frames/{n}}. */
public final class Requests {

    public static final String FRAME_PATH = "/wado/studies/1/series/2/instances/3/frames/";

    private Requests() {
    }

    public static SeriesLocation series(URI root) {
        return new SeriesLocation(root, "1", "2");
    }

    public static FrameRequest frame(URI root, int n, ByteRange range, String... transferSyntaxes) {
        return new FrameRequest(series(root), new FrameKey("1", "2", "3", n), n - 1, null, Map.of(), range,
                List.of(transferSyntaxes), RequestType.INTERACTION, 0, "test-stage");
    }

    public static FrameRequest typed(URI root, int n, RequestType type, int priority) {
        return new FrameRequest(series(root), new FrameKey("1", "2", "3", n), n - 1, null, Map.of(), null,
                List.of(), type, priority, "test-stage");
    }
}
