package org.glimpse.server.qido;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PS3.4 C.2.2.2 matching on a hand-made study list whose names, dates and modalities differ. */
class QidoQueryTest {
    private static final JsonNode STUDIES = studies(
            study("1.1", "Doe^John", "20240115", "CT", "SR"),
            study("1.2", "DOE^JANE", "20240301", "MR"),
            study("1.3", "Smith^Anna", "20231231", "CT"),
            study("1.4", "Dorian^Gray", "20240301", "DX"),
            study("1.5", null, "20240610", "XA"));

    private static JsonNode study(String uid, String name, String date, String... modalities) {
        StringBuilder m = new StringBuilder();
        for (String s : modalities) {
            m.append(m.length() == 0 ? "" : ",").append('"').append(s).append('"');
        }
        String patient = name == null ? "" : "\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"" + name
                + "\"}]},";
        return json("{" + patient + "\"00080020\":{\"vr\":\"DA\",\"Value\":[\"" + date + "\"]},"
                + "\"00080061\":{\"vr\":\"CS\",\"Value\":[" + m + "]},"
                + "\"0020000D\":{\"vr\":\"UI\",\"Value\":[\"" + uid + "\"]}}");
    }

    private static JsonNode studies(JsonNode... studies) {
        var array = new ObjectMapper().createArrayNode();
        for (JsonNode s : studies) {
            array.add(s);
        }
        return array;
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError(text, e);
        }
    }

    /** The study UIDs a search finds; {@code query} is name, value, name, value… */
    private static List<String> found(String... query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < query.length; i += 2) {
            parameters.computeIfAbsent(query[i], k -> new ArrayList<>()).add(query[i + 1]);
        }
        List<String> uids = new ArrayList<>();
        QidoQuery.parse(parameters, QidoQuery.Level.STUDY).apply(STUDIES).matches()
                .forEach(s -> uids.add(s.at("/0020000D/Value/0").asText()));
        return uids;
    }

    @Test
    void patientNameWildcardsMatchWithoutRegardToCase() {
        assertEquals(List.of("1.1", "1.2"), found("PatientName", "doe*"), "* matches any run, any case");
        assertEquals(List.of("1.1", "1.2", "1.4"), found("PatientName", "Do*"));
        assertEquals(List.of("1.2"), found("PatientName", "DOE^J?NE"), "? matches one character");
        assertEquals(List.of("1.3"), found("00100010", "smith^anna"), "by tag, no wildcard: the whole name");
        assertEquals(List.of(), found("PatientName", "Smith"), "no implicit trailing wildcard");
        assertEquals(List.of("1.1", "1.2", "1.3", "1.4", "1.5"), found("PatientName", "*"),
                "universal matching also finds the study without a name");
        assertEquals(List.of("1.1", "1.2", "1.3", "1.4"), found("PatientName", "*^*"),
                "a wildcard with text does not match an absent name");
        assertEquals(List.of(), found("PatientName", "S.ith*"), "a dot is a literal, not any character");
    }

    @Test
    void studyDateMatchesSingleDatesAndRangesWithOpenEnds() {
        assertEquals(List.of("1.2", "1.4"), found("StudyDate", "20240301"));
        assertEquals(List.of("1.1", "1.2", "1.4"), found("StudyDate", "20240101-20240531"));
        assertEquals(List.of("1.3"), found("StudyDate", "-20231231"), "open start, inclusive end");
        assertEquals(List.of("1.2", "1.4", "1.5"), found("StudyDate", "20240301-"), "open end, inclusive start");
    }

    @Test
    void modalitiesInStudyMatchesAnyOfTheStudysModalities() {
        assertEquals(List.of("1.1", "1.3"), found("ModalitiesInStudy", "CT"));
        assertEquals(List.of("1.1"), found("ModalitiesInStudy", "SR"), "the second modality of a study");
        assertEquals(List.of("1.2", "1.4"), found("ModalitiesInStudy", "MR,DX"), "a list: any of them");
        assertEquals(List.of("1.2", "1.4"), found("ModalitiesInStudy", "MR\\DX"), "DICOM's separator too");
        assertEquals(List.of(), found("ModalitiesInStudy", "ct"), "code strings keep their case");
    }

    @Test
    void keysCombineAndLimitAndOffsetPageTheMatches() {
        assertEquals(List.of("1.1"), found("ModalitiesInStudy", "CT", "StudyDate", "20240101-"));
        assertEquals(List.of("1.2", "1.3"), found("offset", "1", "limit", "2"));
        assertEquals(List.of(), found("offset", "9"));
        assertEquals(List.of(), found("limit", "0"), "limit 0 sends none");
        assertEquals(List.of("1.1", "1.3"), found("StudyInstanceUID", "1.1,1.3"), "a UID list");
    }

    @Test
    void warnsWhenLimitLeavesResultsAndWhenFuzzyMatchingIsAsked() {
        QidoQuery.Result r = QidoQuery.parse(Map.of("limit", List.of("2"), "fuzzymatching", List.of("true")),
                QidoQuery.Level.STUDY).apply(STUDIES);
        assertEquals(2, r.matches().size());
        assertTrue(r.warnings().contains("There are 3 additional results that can be requested."), r.warnings()
                .toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("fuzzymatching")), r.warnings().toString());
    }

    @Test
    void badKeysAndValuesAreRejectedNamingThem() {
        String[][] bad = {{"StudyDate", "2024-01-01"}, {"StudyDate", "20240230"}, {"StudyDate", "20240301-20240101"},
            {"limit", "-1"}, {"offset", "ten"}, {"Modality", "CT"}, {"PatientsName", "x"}};
        for (String[] b : bad) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> found(b[0], b[1]),
                    b[0] + "=" + b[1]);
            assertTrue(e.getMessage().contains(b[0]), "names the key: " + e.getMessage());
        }
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> found("PatientName", "a*", "PatientName", "b*"));
        assertTrue(twice.getMessage().contains("2 times"), twice.getMessage());
    }
}
