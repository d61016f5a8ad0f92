package org.glimpse.api.loader;

import org.glimpse.api.host.SeriesSink;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Loads a series progressively: metadata, then the retrieve plan's requests, decoding each time the
 * quality of a frame can improve, delivering every improvement to the host's sink.
 */
@ProviderType
public interface ProgressiveLoader {

    /** Starts loading; returns at once. Failures reach the sink (and the load's completion), never the caller. */
    SeriesLoad load(LoadRequest request, SeriesSink sink);
}
