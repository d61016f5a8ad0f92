package org.glimpse.workbench.internal.volume;

/**
 * The three orthogonal planes of a stack of parallel slices, by the slices' own axes. For an axial
 * acquisition they are the axial, coronal and sagittal planes; {@link VolumeGeometry#name} says what each
 * is in the patient for any acquisition.
 */
public enum Plane {
    /** The acquired slices: columns across, rows down; position = slice. */
    AXIAL,
    /** Columns across, slices down; position = row. */
    CORONAL,
    /** Rows across, slices down; position = column. */
    SAGITTAL
}
