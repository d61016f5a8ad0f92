package org.glimpse.workbench.internal.studies;

import java.util.Objects;

/** A study as QIDO-RS lists it. */
public record StudyRow(String studyInstanceUid, String patientName, String patientId, String studyDate,
        String description, String modalities) {
    public StudyRow {
        Objects.requireNonNull(studyInstanceUid, "studyInstanceUid is null");
    }
}
