package org.glimpse.api.frame;

import java.util.Objects;

/** Names one series: the host SPI's calls and the loader's handles are keyed by it. */
public record SeriesKey(String studyInstanceUid, String seriesInstanceUid) {
    public SeriesKey {
        Objects.requireNonNull(studyInstanceUid, "studyInstanceUid is null");
        Objects.requireNonNull(seriesInstanceUid, "seriesInstanceUid is null");
    }

    @Override
    public String toString() {
        return "series " + seriesInstanceUid;
    }
}
