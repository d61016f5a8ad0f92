package org.glimpse.api.loader;

import java.util.Objects;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.retrieve.RetrieveConfiguration;
import org.glimpse.api.retrieve.SeriesKind;
import org.glimpse.api.transport.SeriesLocation;

/**
 * A series to load.
 *
 * @param series where it lives
 * @param kind stack or volume
 * @param configurationName retrieve configuration to use by name, or null
 * @param configuration retrieve configuration to use as given (for example read from a file), or null; at
 *        most one of the two; with neither the site's configuration for {@code kind} applies
 * @param metadata the series' metadata when the host already holds them (they are not read again), or null
 * @param viewWidth width in screen pixels of the view that will show the series, or 0 when the host does not
 *        know it yet (then {@code HostSettings} stands for it until a view reports its size)
 * @param viewHeight height in screen pixels of that view, or 0; both or neither are 0
 */
public record LoadRequest(SeriesLocation series, SeriesKind kind, String configurationName,
        RetrieveConfiguration configuration, SeriesDescriptor metadata, int viewWidth, int viewHeight) {

    public LoadRequest {
        Objects.requireNonNull(series, "series is null");
        Objects.requireNonNull(kind, "kind is null");
        if (configurationName != null && configuration != null) {
            throw new IllegalArgumentException("give a configuration by name ('" + configurationName
                    + "') or as a value ('" + configuration.name() + "'), not both");
        }
        if (metadata != null && !metadata.seriesInstanceUid().equals(series.seriesInstanceUid())) {
            throw new IllegalArgumentException("metadata of series " + metadata.seriesInstanceUid()
                    + " given for series " + series.seriesInstanceUid());
        }
        if (viewWidth < 0 || viewHeight < 0 || (viewWidth == 0) != (viewHeight == 0)) {
            throw new IllegalArgumentException("view size must be both > 0 or both 0, was " + viewWidth + "×"
                    + viewHeight + " for series " + series.seriesInstanceUid());
        }
    }

    /** A request that does not say the view's size. */
    public LoadRequest(SeriesLocation series, SeriesKind kind, String configurationName,
            RetrieveConfiguration configuration, SeriesDescriptor metadata) {
        this(series, kind, configurationName, configuration, metadata, 0, 0);
    }

    /** Loads {@code series} as {@code kind} with the site's configuration, reading its metadata. */
    public LoadRequest(SeriesLocation series, SeriesKind kind) {
        this(series, kind, null, null, null);
    }

    /** The same request with another configuration by name. */
    public LoadRequest withConfigurationName(String name) {
        return new LoadRequest(series, kind, name, null, metadata, viewWidth, viewHeight);
    }

    /** The same request with metadata already held. */
    public LoadRequest withMetadata(SeriesDescriptor held) {
        return new LoadRequest(series, kind, configurationName, configuration, held, viewWidth, viewHeight);
    }

    /**
     * The same request with the size of the view that will show the series, so that the first requests already
     * fetch the level that view needs (a view's later {@code viewResized} can only come after them).
     */
    public LoadRequest withViewSize(int width, int height) {
        return new LoadRequest(series, kind, configurationName, configuration, metadata, width, height);
    }

    /** Whether the request says the view's size. */
    public boolean hasViewSize() {
        return viewWidth > 0;
    }
}
