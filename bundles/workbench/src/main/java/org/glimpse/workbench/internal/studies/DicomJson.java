package org.glimpse.workbench.internal.studies;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads values from a DICOM JSON object (PS3.18 Annex F): first value of a tag, person names as text. */
final class DicomJson {

    private DicomJson() {
    }

    /** The first value of {@code tag} (8 hex digits) as text; a PN's Alphabetic group; "" when absent. */
    static String text(JsonNode object, String tag) {
        JsonNode v = object.path(tag).path("Value").path(0);
        if (v.isMissingNode() || v.isNull()) {
            return "";
        }
        return v.isObject() ? v.path("Alphabetic").asText("") : v.asText("");
    }

    /** Every value of {@code tag} joined with a backslash, as DICOM writes multiple values. */
    static String all(JsonNode object, String tag) {
        StringBuilder s = new StringBuilder();
        for (JsonNode v : object.path(tag).path("Value")) {
            s.append(s.length() == 0 ? "" : "\\").append(v.asText(""));
        }
        return s.toString();
    }
}
