package org.glimpse.workbench.internal.studies;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a study list asks for (PS3.18 §10.6 QIDO-RS query keys): patient name (a prefix unless it holds a
 * wildcard), patient ID, study date or range, modality. Blank fields are left out.
 */
public record StudyQuery(String patientName, String patientId, String studyDate, String modality) {

    private static final Pattern DATE = Pattern.compile("\\d{8}|\\d{8}-\\d{8}|\\d{8}-|-\\d{8}");

    public StudyQuery {
        patientName = trim(patientName);
        patientId = trim(patientId);
        studyDate = trim(studyDate);
        modality = trim(modality);
        if (!studyDate.isEmpty() && !DATE.matcher(studyDate).matches()) {
            throw new IllegalArgumentException("study date must be YYYYMMDD or a range YYYYMMDD-YYYYMMDD, was '"
                    + studyDate + "'");
        }
    }

    public static StudyQuery all() {
        return new StudyQuery("", "", "", "");
    }

    /** The query string after {@code studies?}. */
    public String queryString(int limit) {
        Map<String, String> p = new LinkedHashMap<>();
        if (!patientName.isEmpty()) {
            p.put("PatientName", patientName.contains("*") || patientName.contains("?") ? patientName
                    : patientName + "*");
        }
        put(p, "PatientID", patientId);
        put(p, "StudyDate", studyDate);
        put(p, "ModalitiesInStudy", modality);
        p.put("includefield", "00081030,00080061");
        p.put("limit", Integer.toString(limit));
        StringBuilder s = new StringBuilder();
        p.forEach((k, v) -> s.append(s.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return s.toString();
    }

    private static void put(Map<String, String> p, String key, String value) {
        if (!value.isEmpty()) {
            p.put(key, value);
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
