package org.glimpse.tools.transport;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.glimpse.server.NetworkProfile;

/**
 * One line of the benchmark table: a progressive load under a profile, beside the link limit
 * (bytes × 8 ÷ bandwidth + latency; -1 for an unthrottled profile).
 */
record BenchRow(String profile, String protocol, int connections, int frames, long bytes, double totalMillis,
        double prefixesMillis, double linkLimitMillis, int failures, String firstFailure) {

    static BenchRow of(NetworkProfile profile, int connections, ProgressiveRun.Outcome r) {
        double limit = profile.throttled()
                ? r.bytes() * 8_000.0 / profile.bitsPerSecond() + profile.latencyMillis() : -1;
        return new BenchRow(profile.name(), r.protocol(), connections, r.frames(), r.bytes(), r.totalNanos() / 1e6,
                r.allPrefixesNanos() / 1e6, limit, r.failures(), r.firstFailure());
    }

    /** Total time over the link limit, or NaN when the profile is unthrottled. */
    double ratio() {
        return linkLimitMillis < 0 ? Double.NaN : totalMillis / linkLimitMillis;
    }

    static void writeJson(Path file, String transferSyntax, int chunkSize, List<BenchRow> rows) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("transferSyntax", transferSyntax);
            g.writeNumberField("firstRangeBytes", chunkSize);
            g.writeArrayFieldStart("runs");
            for (BenchRow r : rows) {
                g.writeStartObject();
                g.writeStringField("profile", r.profile());
                g.writeStringField("protocol", r.protocol());
                g.writeNumberField("connections", r.connections());
                g.writeNumberField("frames", r.frames());
                g.writeNumberField("bytes", r.bytes());
                g.writeNumberField("totalMillis", r.totalMillis());
                g.writeNumberField("allPrefixesMillis", r.prefixesMillis());
                if (r.linkLimitMillis() >= 0) {
                    g.writeNumberField("linkLimitMillis", r.linkLimitMillis());
                    g.writeNumberField("ratioToLinkLimit", r.ratio());
                }
                g.writeNumberField("failures", r.failures());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
