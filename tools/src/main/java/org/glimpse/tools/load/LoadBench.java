package org.glimpse.tools.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glimpse.server.NetworkProfile;
import org.glimpse.server.ReferenceServer;
import org.glimpse.server.ServerOptions;
import org.glimpse.server.data.Catalog;
import org.glimpse.server.data.CatalogSeries;
import org.glimpse.server.data.SampleData;
import org.glimpse.server.data.SampleSize;

/**
 * {@code ./glimpse bench load}: the seed's table, measured as the browser anchor is measured. Each row runs the
 * assembled workstation in a process of its own (the Felix-wired loader, transport and codecs, the headless
 * host); the host reads the series' metadata before the clock starts and loads the series unmeasured first
 * (decoders and code warm), then measures: first render = the first image of any quality handed to the host,
 * final = the last (lossless) image handed over, from the moment the series was asked to load. Two reference
 * servers run side by side, one over {@code 4g} and one unthrottled, so every ratio compares figures of one run.
 *
 * <p>Usage: {@code LoadBench --workstation DIR [--data DIR] [--json FILE] [--rows stack|volume|heap|all]
 * [--ct-slices N] [--warm-requests N] [--warmups N]}. Before its loads each row's workstation sends
 * {@code --warm-requests} (default {@value #WARM_REQUESTS}) requests for the first kilobyte of the series' first frame
 * through its transport, so that its request path runs compiled, as in a workstation in service; 0 measures a fresh
 * one. It then loads the series {@code --warmups} times unmeasured (default {@value #WARMUPS}).
 * {@code heap} runs the unthrottled volume rows and the cancel row only; {@code --ct-slices} prepares (in its own
 * data root: give {@code --data}) sample data whose CT has N slices instead of 200.
 */
public final class LoadBench {

    /** The 3036² DX's JPEG-LS alternate, whole, in one request: not a built-in configuration, so a file. */
    static final String JLS_FULL_JSON = "{name: 'jls-full', stages: [{id: 'jlsFull', retrieveType: 'full'}], "
            + "retrieveOptions: {full: {framesPath: '/jls/'}}}";
    static final String JLS_FULL = "jls-full.json";
    static final String ONE_FULL_REQUEST = "single";
    /** The loader's DEBUG account of each frame's first image, turned on in the workstation (slf4j-simple). */
    static final String FIRST_IMAGE_LOGGER = "org.slf4j.simpleLogger.log.org.glimpse.loader.internal.load."
            + "FirstImageTrace";
    static final String FIRST_IMAGE_CHAIN = "first image of ";
    /** Requests each row's workstation sends through its transport before its loads (see the class comment). */
    static final int WARM_REQUESTS = 400;
    /**
     * Unmeasured loads before the measured one. What runs once per load (the load's set-up, its first decode's way
     * through the decode service) is still interpreted after one: the DX's first image over {@code 4g} came at a
     * median of 19.5 ms after one warm-up load and 16.0 ms after three, five alternating runs each.
     */
    static final int WARMUPS = 3;
    /** The loader's DEBUG account of each frame's final image: its requests, last byte, decodes meanwhile. */
    static final String FINAL_IMAGE_LOGGER = "org.slf4j.simpleLogger.log.org.glimpse.loader.internal.load."
            + "FinalImageTrace";
    static final String FINAL_IMAGE_CHAIN = "final image of ";
    /** When the cancel row closes the volume, from its load request. */
    static final long CANCEL_AFTER_MILLIS = 300;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LoadBench() {
    }

    /** The seed's rows; anchor figures are the real Cornerstone3D 5.14 in a browser on this kind of machine. */
    static List<BenchRow> rows(String which) {
        List<BenchRow> rows = new ArrayList<>();
        if (!"volume".equals(which) && !"heap".equals(which)) {
            for (String profile : List.of("4g", "local")) {
                boolean fourG = profile.equals("4g");
                double nan = Double.NaN;
                rows.add(new BenchRow("HTJ2K byte range", "dx", false, "htj2k-byte-range", profile, nan, nan));
                rows.add(new BenchRow("HTJ2K streaming", "dx", false, "htj2k-streaming", profile,
                        fourG ? 88 : nan, fourG ? 2206 : nan));
                rows.add(new BenchRow("JLS thumbnail + full", "dx", false, "jls-thumbnail", profile,
                        fourG ? 206 : nan, fourG ? 2315 : nan));
                rows.add(new BenchRow("JLS full", "dx", false, JLS_FULL, profile, fourG ? 2223 : nan,
                        fourG ? 2223 : nan));
                rows.add(new BenchRow("one full request", "dx", false, ONE_FULL_REQUEST, profile, fourG ? 3465 : nan,
                        fourG ? 3465 : nan));
            }
        }
        if (!"stack".equals(which)) {
            for (String profile : "heap".equals(which) ? List.of("local") : List.of("4g", "local")) {
                boolean fourG = profile.equals("4g");
                rows.add(new BenchRow("sequential (whole slices)", "ct", true, ONE_FULL_REQUEST, profile,
                        Double.NaN, Double.NaN));
                rows.add(new BenchRow("Cornerstone interleaved", "ct", true, "interleaved", profile, Double.NaN,
                        fourG ? 0.28 : Double.NaN));
                BenchRow glimpse = new BenchRow("Glimpse volume", "ct", true, "glimpse-volume", profile, Double.NaN,
                        fourG ? 0.085 : Double.NaN);
                rows.add(glimpse);
                rows.add(glimpse.overH2c());
            }
            // unthrottled, the slices arrive faster than they decode: at 300 ms decodes run in every worker
            rows.add(new BenchRow("close mid-load", "ct", true, "glimpse-volume", "local", Double.NaN, Double.NaN,
                    CANCEL_AFTER_MILLIS));
        }
        return rows;
    }

    public static void main(String[] args) throws Exception {
        Path workstation = Path.of(DemoMain.option(args, "--workstation", "features/target/glimpse-workstation"));
        Path data = Path.of(DemoMain.option(args, "--data", System.getenv().getOrDefault("GLIMPSE_DATA", "data")));
        String json = DemoMain.option(args, "--json", null);
        List<BenchRow> rows = rows(DemoMain.option(args, "--rows", "all"));
        int warmRequests = Integer.parseInt(DemoMain.option(args, "--warm-requests", Integer.toString(WARM_REQUESTS)));
        Warming warming = new Warming(warmRequests,
                Integer.parseInt(DemoMain.option(args, "--warmups", Integer.toString(WARMUPS))));
        Catalog catalog = SampleData.ensure(data, size(Integer.parseInt(DemoMain.option(args, "--ct-slices", "200"))));
        Path work = Files.createTempDirectory("glimpse-bench-load");
        try {
            measure(new WorkstationProcess(workstation), rows, data, catalog, work, json, warming);
        } finally {
            // the rows' logs and metrics: what a failed row left is printed above
            deleteTree(work);
        }
    }

    private static void measure(WorkstationProcess workstation, List<BenchRow> rows, Path data, Catalog catalog,
            Path work, String json, Warming warming) throws IOException, InterruptedException {
        Files.writeString(work.resolve(JLS_FULL), JLS_FULL_JSON);
        List<RowResult> results = new ArrayList<>();
        try (ReferenceServer fourG = ReferenceServer.start(ServerOptions.of(data, null).withProfile("4g"));
                ReferenceServer local = ReferenceServer.start(ServerOptions.of(data, null).withProfile("local"))) {
            Map<String, ReferenceServer> servers = Map.of("4g", fourG, "local", local);
            for (ReferenceServer server : servers.values()) {
                ServerWarmup.warm(server, catalog.series("dx"));
            }
            System.out.printf("bench load: servers warmed with %d requests each; each workstation sends %d through "
                    + "its transport, then loads its series %d times unmeasured%n", ServerWarmup.ROUNDS * 4,
                    warming.requests(), warming.loads());
            WorkstationProcess ws = workstation.withJvmOption("-Djava.awt.headless=true")
                    .withJvmOption("-D" + FIRST_IMAGE_LOGGER + "=debug")
                    .withJvmOption("-D" + FINAL_IMAGE_LOGGER + "=debug");
            for (BenchRow row : rows) {
                System.out.printf("bench load: %s, %s, %s …%n", row.name(), row.role(), row.profile());
                results.add(run(ws, servers.get(row.profile()), catalog, row, work, warming));
            }
        }
        BenchTable.print(results, System.out);
        if (json != null) {
            writeJson(Path.of(json), results);
            System.out.println("bench load: figures in " + json);
        }
    }

    private static RowResult run(WorkstationProcess ws, ReferenceServer server, Catalog catalog, BenchRow row,
            Path work, Warming warming) throws IOException, InterruptedException {
        CatalogSeries series = catalog.series(row.role());
        String stem = (row.role() + "-" + row.configuration() + "-" + row.profile() + (row.h2c() ? "-h2c" : "")
                + (row.cancels() ? "-cancel" : ""))
                .replace(".json", "");
        Path metrics = work.resolve(stem + ".json");
        Path log = work.resolve(stem + ".log");
        String config = row.configuration().endsWith(".json") ? work.resolve(row.configuration()).toString()
                : row.configuration();
        List<String> args = new ArrayList<>(List.of("--load", server.wadoRoot().toString(), "--study",
                series.studyInstanceUid(), "--series", series.seriesInstanceUid()));
        if (row.volume()) {
            args.add("--volume");
        }
        args.addAll(List.of("--config", config, "--warmups", Integer.toString(warming.loads()), "--warm-requests",
                Integer.toString(warming.requests()),
                "--timeout", "600", "--json", metrics.toString()));
        // the reference servers run in this JVM, on the same cores: the workstation reports their CPU time too
        args.addAll(List.of("--server-pid", Long.toString(ProcessHandle.current().pid())));
        if (row.cancels()) {
            args.addAll(List.of("--cancel-after", Long.toString(row.cancelAfterMillis())));
        }
        int status = (row.h2c() ? ws.withJvmOption(sites(work, stem, server)) : ws).run(args, log);
        String loader = Files.readAllLines(log).stream().filter(l -> l.startsWith("loader: ")).findFirst()
                .map(l -> l.substring("loader: ".length())).orElse("?");
        JsonNode node = Files.isRegularFile(metrics) ? JSON.readTree(metrics.toFile()).path("series").path(0) : null;
        if (status != 0) {
            System.out.println("  exit " + status + "; last lines of " + log + ":");
            List<String> lines = Files.readAllLines(log);
            lines.subList(Math.max(0, lines.size() - 4), lines.size()).forEach(l -> System.out.println("    " + l));
        }
        // the warm-up loads log theirs first: the measured load's is the last
        return new RowResult(row, node, status, loader, lastChain(log, FIRST_IMAGE_CHAIN),
                lastChain(log, FINAL_IMAGE_CHAIN));
    }

    /** The measured load's account that starts with {@code marker}: the warm-up loads log theirs first. */
    private static String lastChain(Path log, String marker) throws IOException {
        return Files.readAllLines(log).stream().filter(l -> l.contains(marker)).reduce((a, b) -> b)
                .map(l -> l.substring(l.indexOf(marker))).orElse(null);
    }

    /**
     * A folder of site configurations that the workstation's fileinstall reads instead of its own: one site for
     * {@code server} that asks for h2c. Read at start, so it is in force before the unmeasured load.
     */
    private static String sites(Path work, String stem, ReferenceServer server) throws IOException {
        Path dir = Files.createDirectories(work.resolve("sites-" + stem));
        Files.writeString(dir.resolve("glimpse.site-bench.cfg"), "urlPrefix = " + server.wadoRoot() + "\n"
                + "cleartextHttp2 = true\nmaxConnections = " + BenchRow.H2C_STREAMS + "\n");
        return "-Dfelix.fileinstall.dir=" + dir;
    }

    private static void writeJson(Path file, List<RowResult> results) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode rows = root.putArray("rows");
        for (RowResult r : results) {
            ObjectNode o = rows.addObject();
            o.put("name", r.row().name()).put("series", r.row().role()).put("configuration", r.row().configuration())
                    .put("network", r.row().profile()).put("h2c", r.row().h2c()).put("loader", r.loader())
                    .put("status", r.status())
                    .put("firstMs", r.firstMs()).put("finalMs", r.finalMs())
                    .put("everyFrameShownMs", r.everyFrameShownMs()).put("bytesReceived", r.bytesReceived())
                    .put("decodeMs", r.decodeMs()).put("queueMs", r.queueMs()).put("peakHeapBytes", r.peakHeapBytes())
                    .put("cancelMs", r.cancelMs()).put("heapAfterCancelBytes", r.heapAfterCancelBytes())
                    .put("pixelBytes", r.pixelBytes()).put("anchorFirstMs", r.row().anchorFirstMs())
                    .put("anchorFinal", r.row().anchorFinalMs());
            o.set("cpu", r.cpu());
        }
        Files.writeString(file, JSON.writeValueAsString(root));
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The benchmark's sample data, with a CT of {@code slices} slices. */
    static SampleSize size(int slices) {
        SampleSize d = SampleSize.DEFAULT;
        return slices == d.ctSlices() ? d : new SampleSize("ct" + slices, d.dxSize(), d.ctSize(), slices, d.cineSize(),
                d.cineFrames(), d.rawSize());
    }

    static NetworkProfile profile(String name) {
        return name.equals("4g") ? NetworkProfile.FOUR_G : NetworkProfile.LOCAL;
    }

}
