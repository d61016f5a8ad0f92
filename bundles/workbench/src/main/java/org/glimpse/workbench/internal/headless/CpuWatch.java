package org.glimpse.workbench.internal.headless;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time used while a series loads, against the wall clock: this JVM's threads by what they do (decode
 * hand-offs, transport, loader, collector, compiler, the rest), its decode workers (its child processes) and, when
 * given, one more process of this machine (the DICOMweb server when it runs here, sharing the cores). Read from
 * the scheduler's per-thread statistics ({@code /proc/PID/task/TID/schedstat}, nanoseconds); where there is no
 * {@code /proc} nothing is measured. Threads that end during the load take their time with them (the decode
 * workers and the transport's threads live as long as the workstation).
 */
final class CpuWatch {

    /** Each group's name, then the starts of its threads' names (as {@code /proc} gives them: 15 characters). */
    private static final String[][] GROUPS = {{"decode", "glimpse-decode"}, {"transport", "glimpse-transp", "HttpClient"},
        {"loader", "glimpse-loader"}, {"gc", "GC Thread", "G1 ", "VM Thread"}, {"jit", "C1 Compiler", "C2 Compiler"},
        {"measure", "glimpse-heap-wa", "Notification Th"}};

    private final long otherPid;
    private final long startNanos = System.nanoTime();
    private final Map<String, Long> threadsAtStart;
    private final long workersAtStart;
    private final long otherAtStart;

    /** @param otherPid a process whose CPU time is reported too, or 0 */
    CpuWatch(long otherPid) {
        this.otherPid = otherPid;
        threadsAtStart = threads(ProcessHandle.current().pid());
        workersAtStart = workers();
        otherAtStart = otherPid > 0 ? total(otherPid) : 0;
    }

    /** Milliseconds of CPU since the start, by group, and the wall clock ({@code wall}). */
    CpuUse stop() {
        double wall = (System.nanoTime() - startNanos) / 1e6;
        Map<String, Double> groups = new LinkedHashMap<>();
        for (Map.Entry<String, Long> t : threads(ProcessHandle.current().pid()).entrySet()) {
            long before = threadsAtStart.getOrDefault(t.getKey(), 0L);
            groups.merge(group(t.getKey()), Math.max(0, t.getValue() - before) / 1e6, Double::sum);
        }
        double workers = Math.max(0, workers() - workersAtStart) / 1e6;
        double other = otherPid > 0 ? Math.max(0, total(otherPid) - otherAtStart) / 1e6 : -1;
        return new CpuUse(wall, groups, workers, other);
    }

    /**
     * What a thread does, from its name (key: "TID name"; the kernel keeps a thread's first 15 characters): decode
     * (the loader's and the decode service's threads that hand frames to the workers and take their images back),
     * transport, loader, gc, jit, measure (this host's heap sampling and the collector's notifications), other.
     */
    static String group(String key) {
        String name = key.substring(key.indexOf(' ') + 1);
        for (String[] g : GROUPS) {
            for (int i = 1; i < g.length; i++) {
                if (name.startsWith(g[i])) {
                    return g[0];
                }
            }
        }
        return "other";
    }

    /** Each live thread of {@code pid} ("TID name") and its nanoseconds on a CPU. */
    private static Map<String, Long> threads(long pid) {
        Map<String, Long> m = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path t : tasks) {
                long ns = onCpu(t);
                if (ns >= 0) {
                    m.put(t.getFileName() + " " + comm(t), ns);
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc (not Linux), or the process ended: nothing measured
        }
        return m;
    }

    private static long total(long pid) {
        return threads(pid).values().stream().mapToLong(Long::longValue).sum();
    }

    /** CPU time of this JVM's live descendants (its decode worker processes). */
    private static long workers() {
        return ProcessHandle.current().descendants().mapToLong(p -> total(p.pid())).sum();
    }

    /** The first field of a thread's schedstat: nanoseconds on a CPU; -1 for a thread that ended meanwhile. */
    private static long onCpu(Path task) {
        try {
            String s = Files.readString(task.resolve("schedstat"));
            return Long.parseLong(s.substring(0, s.indexOf(' ')));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String comm(Path task) {
        try {
            return Files.readString(task.resolve("comm")).strip();
        } catch (IOException e) {
            return "?";
        }
    }
}
