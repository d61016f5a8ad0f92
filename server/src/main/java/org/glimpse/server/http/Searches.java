package org.glimpse.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.Fields;
import org.glimpse.server.qido.QidoQuery;

/**
 * The QIDO-RS searches (PS3.18 §10.6) over the stored lists: {@code /studies}, {@code /series} (every study's
 * series, each with its study's attributes), {@code /studies/{s}/series} and {@code .../instances}.
 */
final class Searches {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TreePaths tree;

    Searches(TreePaths tree) {
        this.tree = tree;
    }

    void studies(Exchange ex, Fields query) throws IOException, HttpError {
        send(ex, QidoQuery.Level.STUDY, query, read("studies.json", "studies list"));
    }

    void series(Exchange ex, String studyUid, Fields query) throws IOException, HttpError {
        send(ex, QidoQuery.Level.SERIES, query, read("studies/" + studyUid + "/series.json", "study " + studyUid));
    }

    void instances(Exchange ex, String seriesPath, String seriesUid, Fields query) throws IOException, HttpError {
        send(ex, QidoQuery.Level.INSTANCE, query, read(seriesPath + "/instances.json", "series " + seriesUid));
    }

    /** Every study's series, each with its study's attributes, so that study keys match at this level too. */
    void allSeries(Exchange ex, Fields query) throws IOException, HttpError {
        ArrayNode all = JSON.createArrayNode();
        for (JsonNode study : read("studies.json", "studies list")) {
            String uid = study.at("/0020000D/Value/0").asText();
            for (JsonNode series : read("studies/" + TreePaths.uid(uid, "study UID") + "/series.json",
                    "study " + uid)) {
                ObjectNode merged = ((ObjectNode) study).deepCopy();
                merged.setAll((ObjectNode) series);
                all.add(merged);
            }
        }
        send(ex, QidoQuery.Level.ALL_SERIES, query, all);
    }

    private JsonNode read(String relative, String what) throws IOException, HttpError {
        return JSON.readTree(tree.existing(relative, what).toFile());
    }

    private static void send(Exchange ex, QidoQuery.Level level, Fields query, JsonNode records) throws IOException {
        QidoQuery.Result result = QidoQuery.parse(parameters(query), level).apply(records);
        for (String warning : result.warnings()) {
            ex.response().getHeaders().add(HttpHeader.WARNING, "299 glimpse \"" + warning + "\"");
        }
        JsonBody.send(ex, JSON.writeValueAsBytes(result.matches()), "application/dicom+json");
    }

    private static Map<String, List<String>> parameters(Fields query) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Fields.Field f : query) {
            out.computeIfAbsent(f.getName(), k -> new ArrayList<>()).addAll(f.getValues());
        }
        return out;
    }
}
