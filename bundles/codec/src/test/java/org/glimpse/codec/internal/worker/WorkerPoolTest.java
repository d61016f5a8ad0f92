package org.glimpse.codec.internal.worker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedPixels;
import org.glimpse.codec.internal.testing.Pixels;
import org.glimpse.fixtures.Encoders;
import org.junit.jupiter.api.Test;

class WorkerPoolTest {
    private static final Path TMP = Path.of(System.getProperty("java.io.tmpdir"));

    @Test
    void concurrentCallersEachGetTheirOwnFrame() throws Exception {
        List<int[]> sources = new ArrayList<>();
        List<byte[]> frames = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int[] v = Encoders.phantom(64 + 8 * i, 48, 12, i);
            sources.add(v);
            frames.add(Encoders.jpegLs(v, 64 + 8 * i, 48, 12, 0));
        }
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try (WorkerPool pool = new WorkerPool(WorkerCommand.of(WorkerCommand.classPathOfCodeSources(), List.of(),
                TMP), 2)) {
            List<Future<DecodedPixels>> results = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (int i = 0; i < 4; i++) {
                    PixelDescriptor px = new PixelDescriptor(48, 64 + 8 * i, 1, 16, 12, 0, "MONOCHROME2", 0);
                    byte[] f = frames.get(i);
                    results.add(callers.submit(() -> pool.decode(new DecodeRequest(CodecId.CHARLS, f, f.length, true,
                            0, 1, px), 5000)));
                }
            }
            for (int k = 0; k < results.size(); k++) {
                DecodedPixels p = results.get(k).get(30, TimeUnit.SECONDS);
                assertArrayEquals(sources.get(k % 4), Pixels.values(p.pixels()), "result " + k + " belongs to frame "
                        + (k % 4));
            }
            assertTrue(pool.started() <= 2, "two workers serve all callers, started " + pool.started());
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aCancelledDecodeThatEndsWithinTheGraceKeepsItsWorkerAndWritesNothing() throws Exception {
        int size = 2048;
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        int[] noise = new int[size * size];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = random.nextInt(1 << 12);
        }
        byte[] f = Encoders.jpegLs(noise, size, size, 12, 0);
        PixelDescriptor px = new PixelDescriptor(size, size, 1, 16, 12, 0, "MONOCHROME2", 0);
        DecodeRequest r = new DecodeRequest(CodecId.CHARLS, f, f.length, true, 0, 1, px);
        try (WorkerPool pool = new WorkerPool(WorkerCommand.of(WorkerCommand.classPathOfCodeSources(), List.of(),
                TMP), 1, 60_000)) {
            pool.decode(r, 30_000);
            long pid = pool.pids().get(0);
            short[] slab = new short[size * size];
            java.util.Arrays.fill(slab, (short) 0x7777);
            CodecException[] failure = new CodecException[1];
            Thread caller = new Thread(() -> {
                try {
                    pool.decode(r, 30_000, new org.glimpse.api.frame.PixelBuffer.Shorts(slab, false));
                } catch (CodecException e) {
                    failure[0] = e;
                }
            });
            caller.start();
            while (pool.busyCount() == 0) {
                Thread.sleep(1);
            }
            Thread.sleep(50);
            pool.stop(caller);
            caller.join(30_000);
            assertTrue(failure[0] != null && failure[0].kind() == Kind.TIMEOUT, "the decode ends as cancelled: "
                    + failure[0]);
            for (short v : slab) {
                assertEquals((short) 0x7777, v, "nothing is written into the caller's buffer after the cancel");
            }
            assertEquals(List.of(pid), pool.pids(), "the worker that finished within the grace is kept");
            pool.clearStop(caller);
            assertArrayEquals(noise, Pixels.values(pool.decode(r, 30_000).pixels()), "and decodes the next frame");
            assertEquals(1, pool.started(), "no worker was started for it");
        }
    }

    private static DecodeRequest noiseFrame(int size, int seed, int[] values) throws java.io.IOException {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(1 << 12);
        }
        byte[] f = Encoders.jpegLs(values, size, size, 12, 0);
        PixelDescriptor px = new PixelDescriptor(size, size, 1, 16, 12, 0, "MONOCHROME2", 0);
        return new DecodeRequest(CodecId.CHARLS, f, f.length, true, 0, 1, px);
    }

    /**
     * Starts a decode of {@code r} on a thread of its own and waits (at most 10 s) until the pool holds
     * {@code busy} decodes or the thread has ended.
     */
    private static Thread caller(WorkerPool pool, int busy, CodecException[] failure, DecodedPixels[] result,
            DecodeRequest r) throws InterruptedException {
        Thread t = new Thread(() -> {
            try {
                result[0] = pool.decode(r, 30_000);
            } catch (CodecException e) {
                failure[0] = e;
            }
        });
        t.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (pool.busyCount() < busy && t.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        return t;
    }

    /** Waits (at most 10 s) until the worker has begun {@code caller}'s decode; false when it never did. */
    private static boolean begun(WorkerPool pool, Thread caller) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!pool.begun(caller) && caller.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        return pool.begun(caller);
    }

    /** A slow frame running in a one-worker pool and a quick one waiting behind it in the worker's other slot. */
    private record Scene(WorkerPool pool, long pid, int[] slowValues, int[] quickValues, Thread slow, Thread quick,
            CodecException[] slowFailure, DecodedPixels[] slowResult, CodecException[] quickFailure,
            DecodedPixels[] quickResult) {
    }

    private interface SceneCheck {
        void check(Scene scene) throws Exception;
    }

    /**
     * Sets the scene up, stops the decode {@code stopped} picks, waits for both callers and checks the outcome.
     * When a stalled test thread let the slow frame end before the quick one waited behind it, the scene is set up
     * again (three times at most).
     */
    private static void quickBehindSlow(int seed, Function<Scene, Thread> stopped, SceneCheck check)
            throws Exception {
        int[] big = new int[2048 * 2048];
        DecodeRequest slow = noiseFrame(2048, seed, big);
        int[] small = new int[64 * 64];
        DecodeRequest quick = noiseFrame(64, seed + 1, small);
        for (int attempt = 1;; attempt++) {
            try (WorkerPool pool = new WorkerPool(WorkerCommand.of(WorkerCommand.classPathOfCodeSources(), List.of(),
                    TMP), 1, 0L)) {
                pool.decode(quick, 30_000);
                long pid = pool.pids().get(0);
                CodecException[] slowFailure = new CodecException[1];
                DecodedPixels[] slowResult = new DecodedPixels[1];
                CodecException[] quickFailure = new CodecException[1];
                DecodedPixels[] quickResult = new DecodedPixels[1];
                Thread a = caller(pool, 1, slowFailure, slowResult, slow);
                boolean running = begun(pool, a);
                Thread b = caller(pool, 2, quickFailure, quickResult, quick);
                boolean behind = running && pool.busyCount() == 2 && !pool.begun(b);
                Scene scene = new Scene(pool, pid, big, small, a, b, slowFailure, slowResult, quickFailure,
                        quickResult);
                Thread stop = stopped.apply(scene);
                pool.stop(stop);
                a.join(30_000);
                b.join(30_000);
                pool.clearStop(stop);
                if (!behind) {
                    assertTrue(attempt < 3, "the quick frame never waited behind the slow one, " + attempt + " times");
                    continue;
                }
                check.check(scene);
                return;
            }
        }
    }

    @Test
    void aFrameWaitingBehindOneWhoseWorkerIsStoppedIsDecodedByAnotherWorker() throws Exception {
        quickBehindSlow(5, Scene::slow, s -> {
            assertTrue(s.slowFailure()[0] != null && s.slowFailure()[0].kind() == Kind.TIMEOUT, "the stopped decode "
                    + "ends as cancelled: " + s.slowFailure()[0]);
            assertTrue(s.quickFailure()[0] == null, "the frame behind it is not lost with the worker: "
                    + s.quickFailure()[0]);
            assertArrayEquals(s.quickValues(), Pixels.values(s.quickResult()[0].pixels()),
                    "it is decoded by another worker");
            assertFalse(s.pool().pids().contains(s.pid()), "the stopped worker is gone");
        });
    }

    @Test
    void aCancelledFrameWaitingBehindAnotherIsSkippedAndTheWorkerKept() throws Exception {
        quickBehindSlow(7, Scene::quick, s -> {
            assertTrue(s.quickFailure()[0] != null && s.quickFailure()[0].kind() == Kind.TIMEOUT, "the waiting "
                    + "decode ends as cancelled: " + s.quickFailure()[0]);
            assertTrue(s.slowFailure()[0] == null, "the running one goes on: " + s.slowFailure()[0]);
            assertArrayEquals(s.slowValues(), Pixels.values(s.slowResult()[0].pixels()), "and is decoded");
            assertEquals(List.of(s.pid()), s.pool().pids(), "no worker was stopped for a frame it had not begun");
        });
    }

    @Test
    void workerThatCannotStartMakesDecodingUnavailableQuickly() {
        List<String> broken = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                TMP.toString(), "org.glimpse.NoSuchWorker");
        try (WorkerPool pool = new WorkerPool(broken, 1)) {
            PixelDescriptor px = new PixelDescriptor(1, 1, 1, 8, 8, 0, "MONOCHROME2", 0);
            DecodeRequest r = new DecodeRequest(CodecId.CHARLS, new byte[] {1}, 1, true, 0, 1, px);
            CodecException first = assertThrows(CodecException.class, () -> pool.decode(r, 1000));
            assertEquals(Kind.UNAVAILABLE, first.kind(), first.getMessage());
            assertTrue(first.getMessage().contains("NoSuchWorker"), "names why: " + first.getMessage());
            CodecException second = assertThrows(CodecException.class, () -> pool.decode(r, 1000));
            assertTrue(second.getMessage().contains("the last start"), "second call answers from the recent failure: "
                    + second.getMessage());
        }
    }

    @Test
    void idleWorkersBeyondOneAreStoppedAndOneStaysWarm() throws Exception {
        int[] v = Encoders.phantom(32, 16, 12, 1);
        byte[] f = Encoders.jpegLs(v, 32, 16, 12, 0);
        PixelDescriptor px = new PixelDescriptor(16, 32, 1, 16, 12, 0, "MONOCHROME2", 0);
        DecodeRequest r = new DecodeRequest(CodecId.CHARLS, f, f.length, true, 0, 1, px);
        try (WorkerPool pool = new WorkerPool(WorkerCommand.of(WorkerCommand.classPathOfCodeSources(), List.of(),
                TMP), 2)) {
            pool.warm(List.of(r));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (pool.idleCount() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            List<Long> pids = pool.pids();
            assertEquals(2, pids.size(), "warming starts as many workers as the pool runs at once");
            pool.stopIdle(0);
            assertEquals(1, pool.pids().size(), "one idle worker stopped, one kept warm");
            long gone = pids.stream().filter(p -> !pool.pids().contains(p)).findFirst().orElseThrow();
            ProcessHandle old = ProcessHandle.of(gone).orElse(null);
            assertTrue(old == null || old.onExit().get(5, TimeUnit.SECONDS) != null, "its process ended");
            assertArrayEquals(v, Pixels.values(pool.decode(r, 5000).pixels()), "the warm worker decodes");
            assertEquals(2, pool.started(), "no worker started for that decode");
        }
    }

    @Test
    void workerWhoseParentDiedExitsByItself() throws Exception {
        // the worker's stdin stays open (fed by sleep), so only the parent watch can end it
        String command = String.join(" ", WorkerCommand.of(WorkerCommand.classPathOfCodeSources(), List.of(), TMP))
                .replace(DecoderWorker.PARENT_PROPERTY + "=" + ProcessHandle.current().pid(),
                        DecoderWorker.PARENT_PROPERTY + "=$$");
        Process shell = new ProcessBuilder("bash", "-c", "sleep 30 | " + command + " > /dev/null 2>&1 & echo $!")
                .start();
        String pid = new String(shell.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII)
                .strip();
        assertTrue(shell.waitFor(10, TimeUnit.SECONDS), "the shell exits at once");
        ProcessHandle worker = ProcessHandle.of(Long.parseLong(pid)).orElse(null);
        if (worker != null) {
            worker.onExit().get(10, TimeUnit.SECONDS);
            assertFalse(worker.isAlive(), "worker " + pid + " outlived its parent");
        }
    }
}
