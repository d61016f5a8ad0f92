package org.glimpse.api.loader;

import org.glimpse.api.host.SeriesSink;

/**
 * Loads a series progressively: metadata, then the retrieve plan's requests, decoding each time the
 * quality of a frame can improve, delivering every improvement to the host's sink.
 */
public interface ProgressiveLoader {

    /** Starts loading; returns at once. Failures reach the sink, never the caller's thread. */
    SeriesLoad load(LoadRequest request, SeriesSink sink);
}
