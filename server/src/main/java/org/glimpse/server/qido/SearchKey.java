package org.glimpse.server.qido;

import java.util.List;
import java.util.Locale;

/**
 * An attribute a QIDO-RS search can match on (PS3.18 §10.6.1.2), named by keyword or by tag.
 *
 * @param keyword the DICOM keyword, as in {@code PatientName=DOE*}
 * @param tag     eight hex digits, as in {@code 00100010=DOE*}
 * @param vr      the value representation, which chooses the matching rule (PS3.4 C.2.2.2)
 */
public record SearchKey(String keyword, String tag, String vr) {
    static final List<SearchKey> STUDY = List.of(
            new SearchKey("PatientName", "00100010", "PN"),
            new SearchKey("PatientID", "00100020", "LO"),
            new SearchKey("StudyDate", "00080020", "DA"),
            new SearchKey("AccessionNumber", "00080050", "SH"),
            new SearchKey("ModalitiesInStudy", "00080061", "CS"),
            new SearchKey("ReferringPhysicianName", "00080090", "PN"),
            new SearchKey("StudyDescription", "00081030", "LO"),
            new SearchKey("StudyInstanceUID", "0020000D", "UI"),
            new SearchKey("StudyID", "00200010", "SH"));
    static final List<SearchKey> SERIES = List.of(
            new SearchKey("Modality", "00080060", "CS"),
            new SearchKey("SeriesDescription", "0008103E", "LO"),
            new SearchKey("SeriesInstanceUID", "0020000E", "UI"),
            new SearchKey("SeriesNumber", "00200011", "IS"));
    static final List<SearchKey> INSTANCE = List.of(
            new SearchKey("SOPClassUID", "00080016", "UI"),
            new SearchKey("SOPInstanceUID", "00080018", "UI"),
            new SearchKey("InstanceNumber", "00200013", "IS"));

    public SearchKey {
        if (tag.length() != 8) {
            throw new IllegalArgumentException("tag of " + keyword + " must be 8 hex digits, was '" + tag + "'");
        }
    }

    /** Whether {@code name} (a query parameter) names this key: its keyword, or its tag in any case. */
    boolean named(String name) {
        return keyword.equals(name) || tag.equals(name.toUpperCase(Locale.ROOT));
    }
}
