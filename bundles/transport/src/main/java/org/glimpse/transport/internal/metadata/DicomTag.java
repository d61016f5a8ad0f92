package org.glimpse.transport.internal.metadata;

/** The attributes (PS3.6 tags, as DICOM JSON spells them) that descriptors are built from. */
final class DicomTag {

    static final String TRANSFER_SYNTAX_UID = "00020010";
    static final String SOP_CLASS_UID = "00080016";
    static final String SOP_INSTANCE_UID = "00080018";
    static final String MODALITY = "00080060";
    static final String AVAILABLE_TRANSFER_SYNTAX_UID = "00083002";
    static final String SLICE_THICKNESS = "00180050";
    static final String STUDY_INSTANCE_UID = "0020000D";
    static final String SERIES_INSTANCE_UID = "0020000E";
    static final String INSTANCE_NUMBER = "00200013";
    static final String IMAGE_POSITION_PATIENT = "00200032";
    static final String IMAGE_ORIENTATION_PATIENT = "00200037";
    static final String SAMPLES_PER_PIXEL = "00280002";
    static final String PHOTOMETRIC_INTERPRETATION = "00280004";
    static final String PLANAR_CONFIGURATION = "00280006";
    static final String NUMBER_OF_FRAMES = "00280008";
    static final String ROWS = "00280010";
    static final String COLUMNS = "00280011";
    static final String PIXEL_SPACING = "00280030";
    static final String BITS_ALLOCATED = "00280100";
    static final String BITS_STORED = "00280101";
    static final String PIXEL_REPRESENTATION = "00280103";
    static final String WINDOW_CENTER = "00281050";
    static final String WINDOW_WIDTH = "00281051";
    static final String RESCALE_INTERCEPT = "00281052";
    static final String RESCALE_SLOPE = "00281053";
    static final String PIXEL_DATA = "7FE00010";

    private DicomTag() {
    }
}
