package org.glimpse.workbench.internal.headless;

import java.net.URI;
import java.util.Objects;
import org.glimpse.api.retrieve.SeriesKind;
import org.glimpse.api.transport.SeriesLocation;

/**
 * One series the headless host loads.
 *
 * @param series where it lives
 * @param kind stack or volume
 * @param configuration retrieve configuration name or JSON file, or null for the site's
 */
public record LoadJob(SeriesLocation series, SeriesKind kind, String configuration) {

    public LoadJob {
        Objects.requireNonNull(series, "series is null");
        Objects.requireNonNull(kind, "kind is null");
    }

    /**
     * Parses {@code STUDY/SERIES/KIND} (KIND {@code stack} or {@code volume}) against a DICOMweb root.
     *
     * @throws IllegalArgumentException naming the spec when it is malformed
     */
    public static LoadJob parse(URI root, String spec, String configuration) {
        String[] parts = spec.split("/");
        if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new IllegalArgumentException("series to load must read STUDY/SERIES/stack|volume, was '" + spec + "'");
        }
        SeriesKind kind = switch (parts[2]) {
            case "stack" -> SeriesKind.STACK;
            case "volume" -> SeriesKind.VOLUME;
            default -> throw new IllegalArgumentException("series kind must be stack or volume, was '" + parts[2]
                    + "' in '" + spec + "'");
        };
        return new LoadJob(new SeriesLocation(root, parts[0], parts[1]), kind, configuration);
    }

    /** Short name for the terminal: the kind and the series UID's last digits. */
    public String label() {
        String uid = series.seriesInstanceUid();
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " …" + uid.substring(Math.max(0, uid.length() - 8));
    }
}
