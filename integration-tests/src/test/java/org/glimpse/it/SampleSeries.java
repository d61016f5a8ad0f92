package org.glimpse.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.transport.SeriesLocation;

/** The reference server's sample series, read from the catalog it writes beside its data. */
final class SampleSeries {

    private SampleSeries() {
    }

    /** The catalog entry of a series by role ("dx", "ct", "multiframe", "uncompressed"). */
    static JsonNode byRole(String role) throws IOException {
        Path catalog = Path.of(System.getProperty(ReferenceServerProcess.DATA_ROOT), "catalog.json");
        for (JsonNode s : new ObjectMapper().readTree(catalog.toFile()).path("series")) {
            if (role.equals(s.path("role").asText())) {
                return s;
            }
        }
        throw new AssertionError("no '" + role + "' series in " + catalog);
    }

    /** Where the running reference server serves that series. */
    static SeriesLocation location(JsonNode series) {
        return new SeriesLocation(URI.create(System.getProperty(ReferenceServerProcess.WADO_ROOT)),
                series.path("studyInstanceUid").asText(), series.path("seriesInstanceUid").asText());
    }

    /** The source samples the server encoded a frame from (frames/{n}.raw, little-endian 16-bit). */
    static short[] raw(JsonNode series, FrameKey key) throws IOException {
        Path file = Path.of(System.getProperty(ReferenceServerProcess.DATA_ROOT), "dicomweb", "studies",
                key.studyInstanceUid(), "series", key.seriesInstanceUid(), "instances", key.sopInstanceUid(),
                "frames", key.frameNumber() + ".raw");
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        short[] samples = new short[b.remaining() / 2];
        b.asShortBuffer().get(samples);
        return samples;
    }
}
