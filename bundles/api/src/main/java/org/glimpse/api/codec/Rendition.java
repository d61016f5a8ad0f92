package org.glimpse.api.codec;

/**
 * Which image of a frame the encoded bytes are: the frame itself, or a smaller one of the same field of
 * view that the server made. The header gates check a reduced rendition against its own codestream header
 * within the DICOM header's bounds, and its decoded frame reports its true scale.
 */
public enum Rendition {
    /** The frame as the DICOM header describes it: its codestream must be Rows × Columns. */
    FULL,
    /**
     * A server-made smaller image of the whole frame (a {@code /jlsThumbnail/} frame, a server-reduced
     * rendition): its codestream may be at most Rows × Columns, with the DICOM header's samples and bits.
     */
    REDUCED
}
