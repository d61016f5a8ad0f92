package org.glimpse.transport.internal.metadata;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glimpse.api.frame.ImagePlane;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.api.frame.PixelDescriptor;

/**
 * The wanted attributes of one DICOM JSON dataset (PS3.18 F.2). Values of other attributes, sequences and
 * bulk data are skipped without being materialised.
 */
final class InstanceAttributes {

    private static final Set<String> WANTED = Set.of(DicomTag.TRANSFER_SYNTAX_UID, DicomTag.SOP_CLASS_UID,
            DicomTag.SOP_INSTANCE_UID, DicomTag.MODALITY, DicomTag.AVAILABLE_TRANSFER_SYNTAX_UID,
            DicomTag.SLICE_THICKNESS, DicomTag.STUDY_INSTANCE_UID, DicomTag.SERIES_INSTANCE_UID,
            DicomTag.INSTANCE_NUMBER, DicomTag.IMAGE_POSITION_PATIENT, DicomTag.IMAGE_ORIENTATION_PATIENT,
            DicomTag.SAMPLES_PER_PIXEL, DicomTag.PHOTOMETRIC_INTERPRETATION, DicomTag.PLANAR_CONFIGURATION,
            DicomTag.NUMBER_OF_FRAMES, DicomTag.ROWS, DicomTag.COLUMNS, DicomTag.PIXEL_SPACING,
            DicomTag.BITS_ALLOCATED, DicomTag.BITS_STORED, DicomTag.PIXEL_REPRESENTATION, DicomTag.WINDOW_CENTER,
            DicomTag.WINDOW_WIDTH, DicomTag.RESCALE_INTERCEPT, DicomTag.RESCALE_SLOPE,
            PaletteTables.RED_DESCRIPTOR, PaletteTables.GREEN_DESCRIPTOR, PaletteTables.BLUE_DESCRIPTOR);

    private final Map<String, List<String>> values = new HashMap<>();
    /** Palette table data given inline (base64), by tag. */
    private final Map<String, String> inlinePalette = new HashMap<>();
    /** Items of private sequences (group 0009), each read flat: the only nested data descriptors need. */
    private final Map<String, List<Map<String, List<String>>>> sequences = new HashMap<>();
    private final AttributeValues typed;
    private String pixelDataBulkUri;
    private boolean pixelDataInline;

    private InstanceAttributes(String where) {
        this.typed = new AttributeValues(values, where);
    }

    /** Reads from just after the dataset's START_OBJECT to its END_OBJECT. */
    static InstanceAttributes read(JsonParser p, String where) throws IOException, MetadataException {
        InstanceAttributes a = new InstanceAttributes(where);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String tag = p.currentName().toUpperCase(java.util.Locale.ROOT);
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new MetadataException(where + ": attribute " + tag + " must be an object with \"vr\", was "
                        + p.currentToken() + " at " + p.currentLocation().offsetDescription());
            }
            a.readAttribute(p, tag);
        }
        return a;
    }

    private void readAttribute(JsonParser p, String tag) throws IOException {
        boolean wanted = WANTED.contains(tag);
        boolean privateGroup = GlimpsePrivateBlock.inGroup(tag);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if (privateGroup && "Value".equals(field) && t == JsonToken.START_ARRAY) {
                readPrivateValues(p, tag);
            } else if (wanted && "Value".equals(field) && t == JsonToken.START_ARRAY) {
                values.put(tag, readValues(p));
            } else if (DicomTag.PIXEL_DATA.equals(tag) && "BulkDataURI".equals(field)) {
                pixelDataBulkUri = p.getValueAsString();
            } else if (PaletteTables.DATA.contains(tag) && "InlineBinary".equals(field)) {
                inlinePalette.put(tag, p.getValueAsString());
            } else if (DicomTag.PIXEL_DATA.equals(tag) && "InlineBinary".equals(field)) {
                pixelDataInline = true;
                p.skipChildren();
            } else {
                p.skipChildren();
            }
        }
    }

    /** Values of a group 0009 attribute: scalars, or sequence items each read into a flat map. */
    private void readPrivateValues(JsonParser p, String tag) throws IOException {
        List<String> scalars = new ArrayList<>();
        List<Map<String, List<String>>> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.START_OBJECT) {
                items.add(readItem(p));
            } else if (p.currentToken() == JsonToken.START_ARRAY) {
                p.skipChildren();
            } else {
                scalars.add(p.currentToken() == JsonToken.VALUE_NULL ? null : p.getValueAsString());
            }
        }
        values.put(tag, scalars);
        if (!items.isEmpty()) {
            sequences.put(tag, items);
        }
    }

    /** One sequence item: its attributes' scalar values; deeper sequences are skipped. */
    private static Map<String, List<String>> readItem(JsonParser p) throws IOException {
        Map<String, List<String>> item = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String tag = p.currentName().toUpperCase(java.util.Locale.ROOT);
            if (p.nextToken() != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if ("Value".equals(field) && t == JsonToken.START_ARRAY) {
                    item.put(tag, readValues(p));
                } else {
                    p.skipChildren();
                }
            }
        }
        return item;
    }

    private static List<String> readValues(JsonParser p) throws IOException {
        List<String> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
                p.skipChildren();
                out.add(null);
            } else if (p.currentToken() == JsonToken.VALUE_NULL) {
                out.add(null);
            } else {
                out.add(p.getValueAsString());
            }
        }
        return out;
    }

    String modality() {
        return typed.string(DicomTag.MODALITY);
    }

    String studyInstanceUid() {
        return typed.string(DicomTag.STUDY_INSTANCE_UID);
    }

    String seriesInstanceUid() {
        return typed.string(DicomTag.SERIES_INSTANCE_UID);
    }

    /** Where the pixel data can be fetched as bulk data, or null. */
    String pixelDataBulkUri() {
        return pixelDataBulkUri;
    }

    /** Whether the pixel data came inline (base64) rather than by reference. */
    boolean pixelDataInline() {
        return pixelDataInline;
    }

    InstanceDescriptor toDescriptor(String where) throws MetadataException {
        String sop = typed.string(DicomTag.SOP_INSTANCE_UID);
        if (sop == null) {
            throw new MetadataException(where + ": SOPInstanceUID (0008,0018) is missing");
        }
        String at = where + " (SOPInstanceUID " + sop + ")";
        try {
            PixelDescriptor pixel = new PixelDescriptor(typed.requiredInt(DicomTag.ROWS, "Rows"),
                    typed.requiredInt(DicomTag.COLUMNS, "Columns"), typed.intOr(DicomTag.SAMPLES_PER_PIXEL, 1),
                    typed.requiredInt(DicomTag.BITS_ALLOCATED, "BitsAllocated"),
                    typed.intOr(DicomTag.BITS_STORED, typed.requiredInt(DicomTag.BITS_ALLOCATED, "BitsAllocated")),
                    typed.intOr(DicomTag.PIXEL_REPRESENTATION, 0),
                    orDefault(typed.string(DicomTag.PHOTOMETRIC_INTERPRETATION), "MONOCHROME2"),
                    typed.intOr(DicomTag.PLANAR_CONFIGURATION, 0));
            ImagePlane plane = new ImagePlane(typed.doubles(DicomTag.IMAGE_POSITION_PATIENT),
                    typed.doubles(DicomTag.IMAGE_ORIENTATION_PATIENT), typed.doubles(DicomTag.PIXEL_SPACING),
                    typed.doubleOr(DicomTag.SLICE_THICKNESS, Double.NaN),
                    typed.doubleOr(DicomTag.RESCALE_INTERCEPT, 0), typed.doubleOr(DicomTag.RESCALE_SLOPE, 1),
                    typed.doubleOr(DicomTag.WINDOW_CENTER, Double.NaN),
                    typed.doubleOr(DicomTag.WINDOW_WIDTH, Double.NaN));
            String ts = typed.string(DicomTag.AVAILABLE_TRANSFER_SYNTAX_UID);
            int frames = typed.intOr(DicomTag.NUMBER_OF_FRAMES, 1);
            return new InstanceDescriptor(sop, typed.string(DicomTag.SOP_CLASS_UID),
                    typed.intOr(DicomTag.INSTANCE_NUMBER, 0), frames,
                    ts != null ? ts : typed.string(DicomTag.TRANSFER_SYNTAX_UID), pixel, plane,
                    GlimpsePrivateBlock.levels(values, sequences, frames, at),
                    GlimpsePrivateBlock.renditions(values, at), palette(pixel));
        } catch (IllegalArgumentException e) {
            throw new MetadataException(at + ": " + e.getMessage(), e);
        }
    }

    /** The palette tables of a PALETTE COLOR image, when the metadata carry them inline. */
    private org.glimpse.api.frame.PaletteColor palette(PixelDescriptor pixel) {
        return "PALETTE COLOR".equals(pixel.photometricInterpretation()) ? PaletteTables.of(values, inlinePalette)
                : null;
    }

    private static String orDefault(String v, String d) {
        return v == null ? d : v;
    }
}
