package org.glimpse.workbench.internal.volume;

/** The three orthogonal reformats of a stack of parallel slices, in the slices' own row/column axes. */
public enum Plane {
    /** The acquired slices: columns across, rows down; position = slice. */
    AXIAL,
    /** Columns across, slices down; position = row. */
    CORONAL,
    /** Rows across, slices down; position = column. */
    SAGITTAL
}
