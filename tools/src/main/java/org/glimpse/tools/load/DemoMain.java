package org.glimpse.tools.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glimpse.server.ReferenceServer;
import org.glimpse.server.ServerOptions;
import org.glimpse.server.data.Catalog;
import org.glimpse.server.data.CatalogSeries;
import org.glimpse.server.data.SampleData;
import org.glimpse.server.data.SampleSize;

/**
 * {@code ./glimpse demo}: the reference server on the sample data over the {@code 4g} profile, and the
 * workstation loading the 3036² DX as a stack and the 512²×200 CT as a volume through its services, with a
 * progress bar, first and final render times and a PNG of each quality step of the image in view.
 *
 * <p>Usage: {@code DemoMain --workstation DIR --data DIR --out DIR [--profile NAME] [--headless]}.
 */
public final class DemoMain {

    /** The DX streamed: each resolution level shown as its bytes land (a PNG for each). */
    static final String DX_CONFIGURATION = "htj2k-streaming";
    /** Glimpse's own volume configuration: every slice at a low level first, then filled in. */
    static final String CT_CONFIGURATION = "glimpse-volume";

    private DemoMain() {
    }

    public static void main(String[] args) throws Exception {
        Path workstation = Path.of(option(args, "--workstation", "features/target/glimpse-workstation"));
        Path data = Path.of(option(args, "--data", System.getenv().getOrDefault("GLIMPSE_DATA", "data")));
        Path out = Path.of(option(args, "--out", "demo-output")).toAbsolutePath();
        String profile = option(args, "--profile", "4g");
        boolean headless = List.of(args).contains("--headless") || System.getenv("DISPLAY") == null;
        Catalog catalog = SampleData.ensure(data, SampleSize.DEFAULT);
        clearPngs(out.resolve("png"));
        int status;
        try (ReferenceServer server = ReferenceServer.start(ServerOptions.of(data, null).withProfile(profile))) {
            System.out.println("reference server: " + server.wadoRoot() + " (profile " + profile + ")");
            List<String> load = new ArrayList<>(List.of("--load", server.wadoRoot().toString()));
            series(load, catalog.dx(), false, DX_CONFIGURATION);
            series(load, catalog.ct(), true, CT_CONFIGURATION);
            load.addAll(List.of("--png", out.resolve("png").toString(), "--json", out.resolve("metrics.json")
                    .toString()));
            WorkstationProcess ws = new WorkstationProcess(workstation);
            if (headless) {
                ws = ws.withJvmOption("-Djava.awt.headless=true");
            }
            status = ws.run(load);
        }
        System.out.println("PNG of each quality step: " + out.resolve("png") + "; metrics: "
                + out.resolve("metrics.json"));
        System.exit(status);
    }

    private static void series(List<String> load, CatalogSeries s, boolean volume, String configuration) {
        load.addAll(List.of("--study", s.studyInstanceUid(), "--series", s.seriesInstanceUid()));
        if (volume) {
            load.add("--volume");
        }
        load.addAll(List.of("--config", configuration));
    }

    /** The PNGs of an earlier run would mix with this run's steps. */
    private static void clearPngs(Path dir) throws java.io.IOException {
        if (java.nio.file.Files.isDirectory(dir)) {
            try (var pngs = java.nio.file.Files.newDirectoryStream(dir, "*.png")) {
                for (Path p : pngs) {
                    java.nio.file.Files.delete(p);
                }
            }
        }
    }

    static String option(String[] args, String name, String otherwise) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return otherwise;
    }
}
