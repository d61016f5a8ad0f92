package org.glimpse.tools.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.transport.SeriesLocation;
import org.glimpse.server.NetworkProfile;
import org.glimpse.server.ReferenceServer;
import org.glimpse.server.ServerOptions;
import org.glimpse.server.data.CatalogInstance;
import org.glimpse.server.data.CatalogSeries;
import org.glimpse.transport.internal.TransportSettings;
import org.glimpse.transport.internal.WadoTransport;

/**
 * {@code glimpse bench transport}: a progressive load of the reference sample CT series (each frame's
 * first 64 KB, then its rest) under each network profile, over HTTP/1.1 with 6 connections (a browser's
 * limit) and over HTTP/2 with one connection, printed beside the link limit (bytes ÷ bandwidth + latency).
 */
public final class TransportBench {

    private TransportBench() {
    }

    public static void main(String[] args) throws Exception {
        // Jetty's start/stop lines are noise on a console
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        BenchOptions o;
        try {
            o = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try (ReferenceServer server = ReferenceServer.start(ServerOptions.of(o.data(), o.size()))) {
            CatalogSeries ct = server.catalog().ct();
            SeriesLocation series = new SeriesLocation(server.wadoRoot(), ct.studyInstanceUid(),
                    ct.seriesInstanceUid());
            List<FrameKey> frames = frames(ct, o.frames());
            String ts = ct.instances().get(0).defaultTransferSyntax();
            System.out.printf("transport bench: %d frames of %s (%d×%d, %s), %d-byte first range, then the rest%n",
                    frames.size(), ct.role(), ct.instances().get(0).columns(), ct.instances().get(0).rows(), ts,
                    o.chunkSize());
            run(series, frames, ts, NetworkProfile.LOCAL, false, o);
            System.out.printf("%-7s %-9s %5s %6s %11s %10s %12s %13s %7s  %s%n", "profile", "protocol", "conns",
                    "frames", "bytes", "total ms", "prefixes ms", "link limit ms", "ratio", "failures");
            List<BenchRow> rows = new ArrayList<>();
            for (NetworkProfile profile : o.profiles()) {
                for (boolean h2 : new boolean[] {false, true}) {
                    BenchRow row = BenchRow.of(profile, h2 ? 1 : 6, run(series, frames, ts, profile, h2, o));
                    rows.add(row);
                    print(row);
                }
            }
            if (o.json() != null) {
                BenchRow.writeJson(o.json(), ts, o.chunkSize(), rows);
                System.out.println("JSON: " + o.json().toAbsolutePath());
            }
        }
    }

    private static List<FrameKey> frames(CatalogSeries s, int wanted) {
        List<FrameKey> keys = new ArrayList<>();
        for (CatalogInstance i : s.instances()) {
            for (int f = 1; f <= i.frames() && keys.size() < wanted; f++) {
                keys.add(new FrameKey(s.studyInstanceUid(), s.seriesInstanceUid(), i.sopInstanceUid(), f));
            }
        }
        return keys;
    }

    private static ProgressiveRun.Outcome run(SeriesLocation series, List<FrameKey> frames, String ts,
            NetworkProfile profile, boolean h2, BenchOptions o) throws InterruptedException {
        TransportSettings settings = TransportSettings.DEFAULTS.withCleartextHttp2(h2)
                .withMaxConnectionsPerHost(h2 ? 100 : 6);
        try (WadoTransport transport = new WadoTransport(settings, null, null)) {
            return new ProgressiveRun(transport, series, ts, Map.of("profile", profile.name()))
                    .run(frames, o.chunkSize(), o.timeoutSeconds());
        }
    }

    /** The protocol column is what the responses came over, not what was asked for. */
    private static void print(BenchRow r) {
        System.out.printf("%-7s %-9s %5d %6d %11d %10.0f %12.0f %13s %7s  %d%s%n", r.profile(), r.protocol(),
                r.connections(), r.frames(), r.bytes(), r.totalMillis(), r.prefixesMillis(),
                r.linkLimitMillis() < 0 ? "-" : String.format("%.0f", r.linkLimitMillis()),
                r.linkLimitMillis() < 0 ? "-" : String.format("%.3f", r.ratio()), r.failures(),
                r.firstFailure() == null ? "" : " (first: " + r.firstFailure() + ")");
    }
}
