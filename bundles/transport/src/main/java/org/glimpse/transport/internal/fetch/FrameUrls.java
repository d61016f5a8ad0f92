package org.glimpse.transport.internal.fetch;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.glimpse.api.transport.FrameRequest;

/** {@code {series}/instances/{sop}{framesPath}{n}?{urlArguments}} (PS3.18 §10.4.1.1.6). */
public final class FrameUrls {

    private FrameUrls() {
    }

    public static URI of(FrameRequest r) {
        StringBuilder sb = new StringBuilder(r.series().seriesUri().toString()).append("/instances/")
                .append(r.frame().sopInstanceUid()).append(r.framesPath()).append(r.frame().frameNumber());
        char sep = '?';
        for (Map.Entry<String, String> e : new TreeMap<>(r.urlArguments()).entrySet()) {
            sb.append(sep).append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return URI.create(sb.toString());
    }
}
