package org.glimpse.tools.codec;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * CPU time a process has used, in nanoseconds: on Linux the sum of its threads' scheduler statistics (nanosecond
 * resolution; a 200-frame stack takes a few hundred milliseconds, which the clock ticks of {@code /proc/PID/stat}
 * resolve to only 3 %), elsewhere what {@link ProcessHandle} reports. 0 for a process that is gone.
 */
final class ProcessCpu {

    private ProcessCpu() {
    }

    static long nanos(long pid) {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        if (Files.isDirectory(tasks)) {
            long sum = 0;
            try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
                for (Path t : threads) {
                    sum += onCpu(t.resolve("schedstat"));
                }
                return sum;
            } catch (IOException e) {
                // the process ended while it was read: what the handle still knows, below
            }
        }
        return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos).orElse(0L);
    }

    /** The first field of a thread's schedstat: nanoseconds on a CPU (0 for a thread that ended meanwhile). */
    private static long onCpu(Path schedstat) {
        try {
            String s = Files.readString(schedstat);
            return Long.parseLong(s.substring(0, s.indexOf(' ')));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
