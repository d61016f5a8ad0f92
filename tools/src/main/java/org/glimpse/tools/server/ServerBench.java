package org.glimpse.tools.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.http.HttpHeader;
import org.glimpse.server.NetworkProfile;
import org.glimpse.server.ReferenceServer;
import org.glimpse.server.ServerOptions;
import org.glimpse.server.data.Catalog;
import org.glimpse.server.data.SampleSize;

/**
 * {@code glimpse bench server [--json FILE] [--data DIR] [--size default|small]}: unthrottled loopback
 * throughput for whole frames, the request rate for 64 KB ranges, and under {@code 4g} the goodput against
 * 30 Mbit/s and the first-byte latency against 10 ms. Prints a table; {@code --json} writes the same figures.
 */
public final class ServerBench {
    private static final int THROUGHPUT_REQUESTS = 60;
    private static final int RANGE_REQUESTS = 4000;
    private static final int CONCURRENCY = 4;
    private static final int FOUR_G_FRAMES = 3;
    private static final int LATENCY_SAMPLES = 25;

    private ServerBench() {
    }

    public static void main(String[] args) throws Exception {
        // Jetty's start/stop lines are noise on a console; requests go to the request log file.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        Path json = null;
        Path data = Path.of(System.getenv().getOrDefault("GLIMPSE_DATA", "data"));
        SampleSize size = SampleSize.DEFAULT;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                usage("option " + args[i] + " needs a value");
            }
            switch (args[i]) {
                case "--json" -> json = Path.of(args[i + 1]);
                case "--data" -> data = Path.of(args[i + 1]);
                case "--size" -> size = SampleSize.named(args[i + 1]);
                default -> usage("unknown option '" + args[i] + "'");
            }
        }
        ObjectNode result = run(data.toAbsolutePath(), size);
        System.out.println(table(result));
        if (json != null) {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), result);
            System.out.println("JSON: " + json.toAbsolutePath());
        }
    }

    private static void usage(String problem) {
        System.err.println("glimpse bench server: " + problem);
        System.err.println("usage: glimpse bench server [--json FILE] [--data DIR] [--size default|small]");
        System.exit(2);
    }

    static ObjectNode run(Path data, SampleSize size) throws Exception {
        ObjectNode out = new ObjectMapper().createObjectNode();
        HttpClient client = new HttpClient();
        client.setMaxConnectionsPerDestination(CONCURRENCY * 2);
        try (ReferenceServer server = ReferenceServer.start(ServerOptions.of(data, size))) {
            client.start();
            Catalog catalog = server.catalog();
            String frame = server.wadoRoot() + "/" + catalog.dx().instancePath(0) + "/frames/1";
            long frameBytes = Fetch.run(single(client, frame)).bytes();
            out.put("sampleSize", size.name());
            out.put("frameBytes", frameBytes);

            for (int i = 0; i < 5; i++) {
                Fetch.run(single(client, frame));
            }
            double[] whole = parallel(client, frame, null, THROUGHPUT_REQUESTS);
            out.put("loopbackThroughputGBps", whole[0] / 1e9);
            out.put("loopbackRequests", THROUGHPUT_REQUESTS);
            out.put("concurrency", CONCURRENCY);

            parallel(client, frame, "bytes=0-65535", 500);
            double[] ranges = parallel(client, frame, "bytes=0-65535", RANGE_REQUESTS);
            out.put("range64kRequestsPerSecond", ranges[1]);
            out.put("range64kRequests", RANGE_REQUESTS);

            NetworkProfile fourG = NetworkProfile.FOUR_G;
            double[] goodputs = new double[FOUR_G_FRAMES];
            for (int i = 0; i < FOUR_G_FRAMES; i++) {
                goodputs[i] = Fetch.run(single(client, frame + "?profile=4g")).goodputBitsPerSecond();
            }
            double[] firstBytes = new double[LATENCY_SAMPLES];
            for (int i = 0; i < LATENCY_SAMPLES; i++) {
                firstBytes[i] = Fetch.run(single(client, frame + "?profile=4g")
                        .headers(h -> h.put(HttpHeader.RANGE, "bytes=0-4095"))).firstByteMillis();
            }
            // Two frames at once on the same client's link: together they still get 30 Mbit/s.
            long sharedStart = System.nanoTime();
            double[] shared = parallel(client, frame + "?profile=4g", null, 2, 2);
            double sharedSeconds = (System.nanoTime() - sharedStart) / 1e9;
            ObjectNode g = out.putObject("fourG");
            g.put("sharedLinkTwoFramesMbps", shared[0] * 8 / 1e6);
            g.put("sharedLinkSeconds", sharedSeconds);
            double goodput = median(goodputs) / 1e6;
            g.put("goodputMbps", goodput);
            g.put("targetMbps", fourG.bitsPerSecond() / 1e6);
            g.put("goodputErrorPercent", 100 * (goodput - fourG.bitsPerSecond() / 1e6) / (fourG.bitsPerSecond() / 1e6));
            g.put("firstByteMedianMs", median(firstBytes));
            g.put("firstByteMaxMs", Arrays.stream(firstBytes).max().orElse(0));
            g.put("latencyTargetMs", fourG.latencyMillis());
            g.put("frames", FOUR_G_FRAMES);
            g.put("latencySamples", LATENCY_SAMPLES);
        } finally {
            client.stop();
        }
        return out;
    }

    private static Request single(HttpClient client, String url) {
        return client.newRequest(url).headers(h -> h.put(HttpHeader.ACCEPT, "image/jphc"))
                .timeout(120, TimeUnit.SECONDS);
    }

    /** {bytes per second, requests per second} of {@code count} requests over CONCURRENCY connections. */
    private static double[] parallel(HttpClient client, String url, String range, int count) throws Exception {
        return parallel(client, url, range, count, CONCURRENCY);
    }

    private static double[] parallel(HttpClient client, String url, String range, int count, int concurrency)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            long start = System.nanoTime();
            List<Future<Long>> futures = new ArrayList<>();
            for (int t = 0; t < concurrency; t++) {
                int share = count / concurrency + (t < count % concurrency ? 1 : 0);
                futures.add(pool.submit(() -> {
                    long bytes = 0;
                    for (int i = 0; i < share; i++) {
                        Request r = single(client, url);
                        if (range != null) {
                            r.headers(h -> h.put(HttpHeader.RANGE, range));
                        }
                        bytes += Fetch.run(r).bytes();
                    }
                    return bytes;
                }));
            }
            long bytes = 0;
            for (Future<Long> f : futures) {
                bytes += f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new double[] {bytes / seconds, count / seconds};
        } finally {
            pool.shutdownNow();
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static String table(ObjectNode r) {
        ObjectNode g = (ObjectNode) r.get("fourG");
        return String.format(Locale.ROOT, "%-44s %12s %14s%n", "measure", "value", "target")
                + String.format(Locale.ROOT, "%-44s %9.2f GB/s %14s%n", "loopback throughput, whole "
                        + r.get("frameBytes").asLong() / 1000 + " KB frames",
                        r.get("loopbackThroughputGBps").asDouble(), "-")
                + String.format(Locale.ROOT, "%-44s %9.0f /s  %14s%n", "loopback 64 KB range requests",
                        r.get("range64kRequestsPerSecond").asDouble(), "-")
                + String.format(Locale.ROOT, "%-44s %7.2f Mbit/s %8.1f%% (±5%%)%n", "4g goodput (median of "
                        + g.get("frames") + " frames)", g.get("goodputMbps").asDouble(),
                        g.get("goodputErrorPercent").asDouble())
                + String.format(Locale.ROOT, "%-44s %7.2f Mbit/s %14s%n", "4g two frames at once, together",
                        g.get("sharedLinkTwoFramesMbps").asDouble(), "30 (shared)")
                + String.format(Locale.ROOT, "%-44s %9.2f ms %11s%n",
                        "4g first byte, median of " + g.get("latencySamples"),
                        g.get("firstByteMedianMs").asDouble(), "10 ±2 ms")
                + String.format(Locale.ROOT, "%-44s %9.2f ms%n", "4g first byte, max",
                        g.get("firstByteMaxMs").asDouble());
    }
}
