package org.glimpse.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.http.HttpHeader;
import org.glimpse.server.data.CatalogSeries;
import org.junit.jupiter.api.Test;

/** QIDO-RS searches over HTTP on the sample data: four studies (DX, CT, XA, MR) of one phantom patient. */
class QidoSearchTest extends ServerTestBase {
    private final ObjectMapper json = new ObjectMapper();

    private List<String> values(String pathAndQuery, String pointer) throws Exception {
        ContentResponse r = send(get(pathAndQuery));
        assertEquals(200, r.getStatus(), pathAndQuery + ": " + r.getContentAsString());
        assertEquals("application/dicom+json", r.getHeaders().get(HttpHeader.CONTENT_TYPE));
        List<String> out = new ArrayList<>();
        for (JsonNode n : json.readTree(r.getContent())) {
            out.add(n.at(pointer).asText());
        }
        return out;
    }

    private List<String> modalities(String query) throws Exception {
        return values("studies?" + query, "/00080061/Value/0");
    }

    @Test
    void studiesAreFilteredByNameDateAndModality() throws Exception {
        assertEquals(List.of("DX", "CT", "XA", "MR"), modalities(""), "every study, stored order");
        assertEquals(List.of("CT"), modalities("ModalitiesInStudy=CT"));
        assertEquals(List.of("CT", "MR"), modalities("ModalitiesInStudy=MR,CT"));
        assertEquals(4, modalities("PatientName=glimpse%5E*").size(), "case-insensitive wildcard on the name");
        assertEquals(List.of(), modalities("PatientName=DOE*"), "no match: an empty list, 200");
        assertEquals(4, modalities("StudyDate=20260101-20261231").size());
        assertEquals(List.of(), modalities("StudyDate=-20251231"));
        assertEquals(List.of("XA"), modalities("StudyDate=20260101-&ModalitiesInStudy=XA"));
    }

    @Test
    void limitAndOffsetPageTheStudiesAndSayWhatIsLeft() throws Exception {
        assertEquals(List.of("CT", "XA"), modalities("offset=1&limit=2"));
        ContentResponse r = send(get("studies?limit=1"));
        assertEquals("299 glimpse \"There are 3 additional results that can be requested.\"",
                r.getHeaders().get(HttpHeader.WARNING));
    }

    @Test
    void seriesSearchesMatchSeriesKeysAndAtTheRootStudyKeysToo() throws Exception {
        CatalogSeries ct = catalog.ct();
        assertEquals(List.of("CT"), values("studies/" + ct.studyInstanceUid() + "/series?Modality=CT",
                "/00080060/Value/0"));
        assertEquals(List.of(), values("studies/" + ct.studyInstanceUid() + "/series?Modality=MR",
                "/00080060/Value/0"));
        assertEquals(List.of(ct.seriesInstanceUid()), values("series?Modality=CT&PatientName=*phantom",
                "/0020000E/Value/0"), "/series carries the study's attributes");
        assertEquals(List.of(ct.studyInstanceUid()), values("series?Modality=CT", "/0020000D/Value/0"));
        assertEquals(4, values("series", "/0020000E/Value/0").size(), "one series per study");
    }

    @Test
    void instancesArePagedAndMatchedByNumber() throws Exception {
        CatalogSeries ct = catalog.ct();
        assertEquals(List.of("11", "12", "13"), values(ct.path() + "/instances?offset=10&limit=3",
                "/00200013/Value/0"));
        assertEquals(List.of(ct.instances().get(4).sopInstanceUid()), values(ct.path() + "/instances?InstanceNumber=5",
                "/00080018/Value/0"));
    }

    @Test
    void badSearchesAre400NamingTheKey() throws Exception {
        for (String query : new String[] {"studies?StudyDate=2026", "studies?Modality=CT", "studies?limit=-2",
            "series?InstanceNumber=1"}) {
            ContentResponse r = send(get(query));
            assertEquals(400, r.getStatus(), query);
            String key = query.substring(query.indexOf('?') + 1, query.indexOf('='));
            assertTrue(r.getContentAsString().contains(key), query + ": " + r.getContentAsString());
        }
    }
}
