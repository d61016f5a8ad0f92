package org.glimpse.tools.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.glimpse.server.NetworkProfile;

/**
 * Prints the load benchmark as the seed's table: Glimpse's figure beside the link limit and the browser
 * anchor, and each target of the issue as a ratio measured in this run.
 */
final class BenchTable {

    private BenchTable() {
    }

    static void print(List<RowResult> results, PrintStream out) {
        out.println();
        out.println("Loader: " + results.stream().map(RowResult::loader).distinct().toList());
        out.println();
        out.println("3036² DX (times in ms from the load request; metadata held, decoders warm)");
        out.printf(Locale.ROOT, "%-22s %-6s %8s %8s %6s %8s | %8s %8s %8s %8s%n", "row", "net", "first", "limit",
                "×lim", "anchor", "final", "limit", "×full", "anchor");
        for (RowResult r : results) {
            if (!r.row().volume()) {
                stackRow(r, fullDownload(results, r.row().profile()), out);
            }
        }
        out.println("targets: first ≤ 1.25 × link limit (×lim); final ≤ 1.02 × one full request of the same run (×full)");
        out.println("link limit: the profile's latency + the bytes decoded ÷ its bandwidth + that image's decode as the "
                + "decode service timed it (a worker's decode and the hand-offs to and from it, so at least the bare "
                + "library's); the chain under a row is the loader's account of its first image, "
                + "the 'final:' line that of its final image (each request's range, sent, response head and end; "
                + "the final decode; the intermediate decodes of prefixes), ms from the load request");
        out.println();
        out.println("CT volume");
        out.printf(Locale.ROOT, "%-26s %-6s %9s %11s %9s %8s %8s %10s %10s%n", "row", "net", "1st slice",
                "all shown", "complete", "×seq", "anchor", "decode/2", "queued/2");
        for (RowResult r : results) {
            if (r.row().volume() && !r.row().cancels()) {
                volumeRow(r, sequential(results, r.row().profile()), out);
            }
        }
        out.println("targets: every slice shown ≤ 0.05 × the sequential load's complete (×seq); unthrottled "
                + "complete ≈ Σ decode ÷ 2 cores (decode/2: decoder time only; queued/2: Σ decode-queue wait ÷ 2)");
        CpuTable.print(results, out);
        heap(results, out);
        cancel(results, out);
    }

    private static void cancel(List<RowResult> results, PrintStream out) {
        for (RowResult r : results) {
            if (r.row().cancels()) {
                out.printf(Locale.ROOT, "cancel: %s %s closed %d ms after its load request: cancel completed in "
                        + "%s ms (target ≤ 50; the call returned after %s ms), %s frames final by then, heap still "
                        + "held after it %.1f MB%s%n", r.row().name(), r.row().profile(), r.row().cancelAfterMillis(),
                        decimal(r.cancelMs()), decimal(r.cancelCallMs()), r.finalFrames(),
                        r.heapAfterCancelBytes() / 1e6, r.status() == 0 ? "" : "  (exit " + r.status() + ")");
            }
        }
    }

    static String decimal(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static void stackRow(RowResult r, double full, PrintStream out) {
        NetworkProfile p = LoadBench.profile(r.row().profile());
        JsonNode first = r.firstLevel();
        double firstLimit = first == null ? Double.NaN
                : LinkLimit.millis(p, first.path("bytes").asLong(), first.path("decodeMs").asDouble());
        double finalLimit = r.bytesReceived() < 0 ? Double.NaN
                : LinkLimit.millis(p, r.bytesReceived(), Math.max(0, r.finalDecodeMs()));
        out.printf(Locale.ROOT, "%-22s %-6s %8s %8s %6s %8s | %8s %8s %8s %8s%s%n", r.row().name(), r.row().profile(),
                ms(r.firstMs()), ms(firstLimit), ratio(r.firstMs(), firstLimit), ms(r.row().anchorFirstMs()),
                ms(r.finalMs()), ms(finalLimit), ratio(r.finalMs(), full), ms(r.row().anchorFinalMs()),
                r.status() == 0 ? "" : "  (exit " + r.status() + ")");
        if (first != null) {
            out.printf(Locale.ROOT, "%-22s first image %d×%d from %d bytes, decoded in %.1f ms%n", "",
                    first.path("width").asInt(), first.path("height").asInt(), first.path("bytes").asLong(),
                    first.path("decodeMs").asDouble());
        }
        if (r.firstImageChain() != null) {
            out.printf(Locale.ROOT, "%-22s %s%n", "", chainOnly(r.firstImageChain()));
        }
        if (r.finalImageChain() != null) {
            out.printf(Locale.ROOT, "%-22s final: %s%n", "", chainOnly(r.finalImageChain()));
        }
    }

    /** The chain's times without the frame's name: "request 0.9 ms, response head 12.1, …". */
    static String chainOnly(String chain) {
        int at = chain.indexOf(": ");
        return at < 0 ? chain : chain.substring(at + 2);
    }

    private static void volumeRow(RowResult r, double sequential, PrintStream out) {
        double decodeHalf = r.decodeMs() < 0 ? Double.NaN : r.decodeMs() / 2;
        double queueHalf = r.queueMs() < 0 ? Double.NaN : r.queueMs() / 2;
        out.printf(Locale.ROOT, "%-26s %-6s %9s %11s %9s %8s %8s %10s %10s%s%n", r.row().name(), r.row().profile(),
                ms(r.firstMs()), ms(r.everyFrameShownMs()), ms(r.finalMs()), ratio(r.everyFrameShownMs(), sequential),
                Double.isNaN(r.row().anchorFinalMs()) ? "" : String.format(Locale.ROOT, "%.3f", r.row().anchorFinalMs()),
                ms(decodeHalf), ms(queueHalf), r.status() == 0 ? "" : "  (exit " + r.status() + ")");
    }

    private static void heap(List<RowResult> results, PrintStream out) {
        out.println();
        for (RowResult r : results) {
            if (r.row().volume() && !r.row().cancels() && r.peakHeapBytes() >= 0 && r.pixelBytes() > 0) {
                out.printf(Locale.ROOT, "peak heap %-26s %-6s %6.1f MB for %6.1f MB of pixels: %.2f × (target ≤ 1.3)%n",
                        r.row().name(), r.row().profile(), r.peakHeapBytes() / 1e6, r.pixelBytes() / 1e6,
                        (double) r.peakHeapBytes() / r.pixelBytes());
            }
        }
    }

    private static double fullDownload(List<RowResult> results, String profile) {
        return results.stream().filter(r -> !r.row().volume() && r.row().profile().equals(profile)
                && r.row().configuration().equals(LoadBench.ONE_FULL_REQUEST)).mapToDouble(RowResult::finalMs)
                .findFirst().orElse(Double.NaN);
    }

    private static double sequential(List<RowResult> results, String profile) {
        return results.stream().filter(r -> r.row().volume() && r.row().profile().equals(profile)
                && r.row().configuration().equals(LoadBench.ONE_FULL_REQUEST)).mapToDouble(RowResult::finalMs)
                .findFirst().orElse(Double.NaN);
    }

    static String ms(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.0f", v);
    }

    static String ratio(double v, double of) {
        return Double.isNaN(v) || Double.isNaN(of) || of <= 0 ? "–" : String.format(Locale.ROOT, "%.2f", v / of);
    }
}
