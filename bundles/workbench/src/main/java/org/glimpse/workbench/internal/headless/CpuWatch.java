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
 * given, one more process of this machine (the DICOMweb server when it runs here, sharing the cores). This JVM's
 * groups are read from the scheduler's per-thread statistics ({@code /proc/PID/task/TID/schedstat},
 * nanoseconds), where a thread that ends during the load takes its time with them (the transport's and decode
 * threads live as long as the workstation); the other processes' from their totals ({@code /proc/PID/stat}),
 * which keep their ended threads' time. Where there is no {@code /proc} nothing is measured.
 */
final class CpuWatch {

    /** {@code /proc/PID/stat}'s field of user time (system time follows), counted from 1. */
    private static final int UTIME = 14;
    /** The kernel's USER_HZ: 100 on every Linux the workstation runs on. */
    private static final long NANOS_PER_TICK = 10_000_000;
    /** Each group's name, then the starts of its threads' names (as {@code /proc} gives them: 15 characters). */
    private static final String[][] GROUPS = {{"decode", "glimpse-decode"}, {"transport", "glimpse-transp", "HttpClient"},
        {"loader", "glimpse-loader"}, {"gc", "GC Thread", "G1 ", "VM Thread"}, {"jit", "C1 Compiler", "C2 Compiler"},
        {"measure", "glimpse-heap-wa", "Notification Th"}};

    private final long otherPid;
    private final long startNanos = System.nanoTime();
    private final Map<String, Long> threadsAtStart;
    private final long workersAtStart;
    private final long otherAtStart;
    private final long[] machineAtStart = machine();

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
        long[] machine = machine();
        long ticks = machine[0] - machineAtStart[0];
        double busy = machineAtStart[0] <= 0 || ticks <= 0 ? -1 : (double) (machine[1] - machineAtStart[1]) / ticks;
        return new CpuUse(wall, groups, workers, other, busy);
    }

    /**
     * The machine's CPU ticks since boot, all and busy (neither idle nor waiting for I/O), from the first line of
     * {@code /proc/stat}: every process counts, the other users of the cores too; zeros where it cannot be read.
     */
    static long[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long all = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                all += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {all, all - idle};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
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

    /**
     * Nanoseconds of CPU of process {@code pid}, its ended threads included ({@code /proc/PID/stat}'s user and
     * system time, in the kernel's 100 Hz ticks): a server's pool threads that end during the load took their time
     * with them from a sum over the live ones (a 10 s load once showed a server that used no CPU); 0 when it cannot
     * be read.
     */
    static long total(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the name in parentheses may hold spaces: the fields after it start with the state (field 3)
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[UTIME - 3]) + Long.parseLong(f[UTIME - 2])) * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
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
