package org.glimpse.tools.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Where the machine's cores went during each volume row's measured load, as the workstation read it from the
 * scheduler: the reference server (this JVM, on the same cores), the workstation's threads by what they do, its
 * decode worker processes; their sum against what the cores could give over the load's wall clock.
 */
final class CpuTable {

    /** The cores the benchmark's machine shares between server, workstation and decode workers. */
    static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final String[] GROUPS = {"decode", "transport", "loader", "gc", "jit", "measure", "other"};

    private CpuTable() {
    }

    static void print(List<RowResult> results, PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "CPU during the load (ms; %d cores)%n", CORES);
        out.printf(Locale.ROOT, "%-26s %-6s %6s %7s %7s %7s | %6s %6s %6s %6s %6s %6s %6s | %6s %6s %6s%n", "row",
                "net", "wall", "server", "workst", "workers", "decode", "transp", "loader", "gc", "jit", "measur",
                "other", "busy", "decod%", "recv%");
        for (RowResult r : results) {
            JsonNode c = r.cpu();
            if (r.row().volume() && !r.row().cancels() && c != null) {
                row(r, c, out);
            }
        }
        out.println("busy: (server + workstation + workers) ÷ (cores × wall); decod%: the workers' and the workstation's "
                + "decode threads' share of that CPU; recv%: the workstation's transport and loader threads' share; "
                + "decode threads hand frames to the workers and take their images back");
    }

    private static void row(RowResult r, JsonNode c, PrintStream out) {
        double wall = c.path("wallMs").asDouble();
        double server = Math.max(0, c.path("serverMs").asDouble());
        double workstation = c.path("workstationMs").asDouble();
        double workers = c.path("workersMs").asDouble();
        JsonNode g = c.path("workstationThreadsMs");
        double sum = server + workstation + workers;
        StringBuilder groups = new StringBuilder();
        for (String name : GROUPS) {
            groups.append(String.format(Locale.ROOT, " %6.0f", g.path(name).asDouble()));
        }
        double decoding = workers + g.path("decode").asDouble();
        double receiving = g.path("transport").asDouble() + g.path("loader").asDouble();
        out.printf(Locale.ROOT, "%-26s %-6s %6.0f %7.0f %7.0f %7.0f |%s | %5.0f%% %5.0f%% %5.0f%%%n", r.row().name(),
                r.row().profile(), wall, server, workstation, workers, groups, percent(sum, CORES * wall),
                percent(decoding, sum), percent(receiving, sum));
    }

    static double percent(double part, double whole) {
        return whole <= 0 ? Double.NaN : 100 * part / whole;
    }
}
