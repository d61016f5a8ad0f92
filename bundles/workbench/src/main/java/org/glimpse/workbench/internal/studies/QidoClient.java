package org.glimpse.workbench.internal.studies;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * QIDO-RS searches for the study list (PS3.18 §10.6): studies matching a query, and the series of a
 * study. The study list is the host's, as in Weasis, so it uses the JDK's HTTP client and the host's
 * credentials; frames go through Glimpse's transport.
 */
public final class QidoClient {

    static final int LIMIT = 200;

    private final URI root;
    private final Function<URI, Map<String, String>> headers;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    /** @param headers credentials for a URL (the host's request authorizer) */
    public QidoClient(URI root, Function<URI, Map<String, String>> headers) {
        this.root = Objects.requireNonNull(root, "root is null");
        this.headers = Objects.requireNonNull(headers, "headers is null");
    }

    public URI root() {
        return root;
    }

    public List<StudyRow> studies(StudyQuery q) throws IOException, InterruptedException {
        List<StudyRow> rows = new ArrayList<>();
        for (JsonNode s : get("studies?" + q.queryString(LIMIT))) {
            rows.add(new StudyRow(DicomJson.text(s, "0020000D"), DicomJson.text(s, "00100010"),
                    DicomJson.text(s, "00100020"), DicomJson.text(s, "00080020"), DicomJson.text(s, "00081030"),
                    DicomJson.all(s, "00080061")));
        }
        return rows;
    }

    public List<SeriesRow> series(String studyInstanceUid) throws IOException, InterruptedException {
        List<SeriesRow> rows = new ArrayList<>();
        for (JsonNode s : get("studies/" + studyInstanceUid + "/series?includefield=0008103E,00201209")) {
            String count = DicomJson.text(s, "00201209");
            rows.add(new SeriesRow(studyInstanceUid, DicomJson.text(s, "0020000E"), DicomJson.text(s, "00080060"),
                    DicomJson.text(s, "0008103E"), count.isEmpty() ? 0 : Integer.parseInt(count)));
        }
        return rows;
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        String base = root.toString().endsWith("/") ? root.toString() : root + "/";
        URI url = URI.create(base + path);
        HttpRequest.Builder req = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/dicom+json");
        headers.apply(url).forEach(req::header);
        HttpResponse<byte[]> r = http.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() == 204) {
            return json.createArrayNode();
        }
        if (r.statusCode() != 200) {
            throw new IOException("QIDO-RS " + url + " answered " + r.statusCode());
        }
        JsonNode body = json.readTree(r.body());
        if (!body.isArray()) {
            throw new IOException("QIDO-RS " + url + " did not answer a JSON array");
        }
        return body;
    }
}
