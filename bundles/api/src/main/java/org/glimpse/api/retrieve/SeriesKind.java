package org.glimpse.api.retrieve;

/** Whether a series is loaded as a scrolled stack or as a volume for reformatting. */
public enum SeriesKind {
    /** Frames shown one at a time; the frame in view comes first. */
    STACK,
    /** Frames assembled into a volume; coverage of the whole series comes first. */
    VOLUME
}
