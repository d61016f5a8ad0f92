package org.glimpse.api.loader;

import java.util.Objects;
import org.glimpse.api.retrieve.SeriesKind;
import org.glimpse.api.transport.SeriesLocation;

/**
 * A series to load.
 *
 * @param series where it lives
 * @param kind stack or volume
 * @param configurationName retrieve configuration to use, or null for the site's
 */
public record LoadRequest(SeriesLocation series, SeriesKind kind, String configurationName) {
    public LoadRequest {
        Objects.requireNonNull(series, "series is null");
        Objects.requireNonNull(kind, "kind is null");
    }
}
