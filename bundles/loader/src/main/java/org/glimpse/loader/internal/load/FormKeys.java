package org.glimpse.loader.internal.load;

import java.util.TreeMap;
import org.glimpse.api.retrieve.RetrieveOptions;
import org.glimpse.api.transport.FrameRequest;

/** Names a stored form of a frame: its frames path and query, so that stages fetching the same bytes share them. */
final class FormKeys {

    private FormKeys() {
    }

    static String of(RetrieveOptions o) {
        String path = framesPath(o);
        return o.urlArguments().isEmpty() ? path : path + "?" + new TreeMap<>(o.urlArguments());
    }

    static String framesPath(RetrieveOptions o) {
        return o.framesPath() == null ? FrameRequest.FRAMES : o.framesPath();
    }
}
