package org.glimpse.api.frame;

import java.util.Objects;

/** Names one frame: the WADO-RS path parts of {@code studies/{s}/series/{se}/instances/{i}/frames/{n}}. */
public record FrameKey(String studyInstanceUid, String seriesInstanceUid, String sopInstanceUid, int frameNumber) {
    public FrameKey {
        Objects.requireNonNull(studyInstanceUid, "studyInstanceUid is null");
        Objects.requireNonNull(seriesInstanceUid, "seriesInstanceUid is null");
        Objects.requireNonNull(sopInstanceUid, "sopInstanceUid is null");
        if (frameNumber < 1) {
            throw new IllegalArgumentException("frame numbers start at 1, was " + frameNumber);
        }
    }

    /** The series this frame belongs to. */
    public SeriesKey series() {
        return new SeriesKey(studyInstanceUid, seriesInstanceUid);
    }

    @Override
    public String toString() {
        return sopInstanceUid + "/frames/" + frameNumber;
    }
}
