package org.glimpse.workbench.internal.studies;

import java.util.Objects;

/** A series of a study as QIDO-RS lists it. */
public record SeriesRow(String studyInstanceUid, String seriesInstanceUid, String modality, String description,
        int instances) {
    public SeriesRow {
        Objects.requireNonNull(studyInstanceUid, "studyInstanceUid is null");
        Objects.requireNonNull(seriesInstanceUid, "seriesInstanceUid is null");
    }
}
