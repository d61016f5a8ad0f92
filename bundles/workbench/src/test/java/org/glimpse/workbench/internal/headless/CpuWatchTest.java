package org.glimpse.workbench.internal.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CpuWatchTest {

    @Test
    void threadsAreGroupedByTheFifteenCharactersOfTheirNamesTheKernelKeeps() {
        assertEquals("decode", CpuWatch.group("101 glimpse-decode-"));
        assertEquals("decode", CpuWatch.group("102 glimpse-decoder"));
        assertEquals("transport", CpuWatch.group("103 glimpse-transpo"));
        assertEquals("loader", CpuWatch.group("104 glimpse-loader-"));
        assertEquals("gc", CpuWatch.group("105 GC Thread#0"));
        assertEquals("jit", CpuWatch.group("106 C2 CompilerThre"));
        assertEquals("measure", CpuWatch.group("107 glimpse-heap-wa"));
        assertEquals("other", CpuWatch.group("108 main"));
    }

    @Test
    void aDecodeThreadsWorkDuringTheLoadCountsInItsGroupAndNoServerWasWatched() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "the scheduler's statistics in /proc");
        CpuWatch watch = new CpuWatch(0);
        CountDownLatch worked = new CountDownLatch(1);
        CountDownLatch stop = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            long x = 0;
            for (int i = 0; i < 50_000_000; i++) {
                x += i * 31L ^ x;
            }
            worked.countDown();
            try {
                stop.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (x == 42) {
                System.out.println(x);
            }
        }, "glimpse-decode-test");
        t.start();
        worked.await();
        CpuUse used = watch.stop();
        stop.countDown();
        t.join();
        assertTrue(used.workstationMs().getOrDefault("decode", 0.0) > 0, "decode threads' CPU: " + used);
        assertTrue(used.workstationTotalMs() >= used.workstationMs().get("decode"), "the total holds every group");
        assertEquals(-1, used.serverMs(), "no other process watched");
        assertTrue(used.machineBusy() > 0 && used.machineBusy() <= 1, "the machine's cores were busy part of the "
                + "time at least (this test's thread spun): " + used.machineBusy());
    }

    @Test
    void aProcessTotalKeepsTheTimeOfItsThreadsThatEnded() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(Path.of("/proc/self/stat")), "process statistics in /proc");
        long pid = ProcessHandle.current().pid();
        long before = CpuWatch.total(pid);
        long[] spent = new long[1];
        Thread t = new Thread(() -> {
            var bean = java.lang.management.ManagementFactory.getThreadMXBean();
            long x = 0;
            while (bean.getCurrentThreadCpuTime() < 300_000_000L) {
                for (int i = 0; i < 1_000_000; i++) {
                    x += i * 31L ^ x;
                }
            }
            spent[0] = bean.getCurrentThreadCpuTime() + (x == 42 ? 1 : 0);
        }, "glimpse-ended-test");
        t.start();
        t.join();
        long after = CpuWatch.total(pid);
        // ticks of 10 ms on both readings
        assertTrue(after - before >= spent[0] - 30_000_000L, "an ended thread's " + spent[0] / 1_000_000
                + " ms of CPU are in the process's total: it grew by " + (after - before) / 1_000_000 + " ms");
    }
}
