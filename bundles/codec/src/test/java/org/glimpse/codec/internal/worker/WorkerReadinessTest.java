package org.glimpse.codec.internal.worker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.codec.internal.testing.Pixels;
import org.glimpse.fixtures.Encoders;
import org.junit.jupiter.api.Test;

class WorkerReadinessTest {
    private static final Path TMP = Path.of(System.getProperty("java.io.tmpdir"));

    private final int[] v = Encoders.phantom(32, 16, 12, 1);
    private final DecodeRequest r;

    WorkerReadinessTest() throws IOException {
        r = request(Encoders.jpegLs(v, 32, 16, 12, 0));
    }

    @Test
    void aWorkerGotReadyForALoadTakesItsNextFrameAndAnswersWithoutWakeUpsThroughThePipes() throws Exception {
        try (WorkerPool pool = asleep()) {
            long wakes = pool.wakesWritten();
            long replyWakes = pool.wakesRead();
            // long enough that a slow test machine still decodes within it
            pool.getReady(60_000);
            await(() -> pool.parkedWorkers() == 0, "a worker got ready watches for requests instead of sleeping");
            assertArrayEquals(v, Pixels.values(pool.decode(r, 5000).pixels()), "the ready worker decodes");
            assertEquals(wakes + 1, pool.wakesWritten(),
                    "one wake-up through the pipe, the one that got the worker ready; the decode needed none");
            assertEquals(replyWakes, pool.wakesRead(), "the caller looked for its reply itself: no wake-up came back");
        }
    }

    @Test
    void aWorkerNotAskedToGetReadySleepsOnItsPipeAndIsWokenForEachFrame() throws Exception {
        try (WorkerPool pool = asleep()) {
            long wakes = pool.wakesWritten();
            assertArrayEquals(v, Pixels.values(pool.decode(r, 5000).pixels()), "the sleeping worker decodes");
            assertEquals(wakes + 1, pool.wakesWritten(), "the frame woke the worker through its pipe");
        }
    }

    /** A pool of one worker that has decoded a frame and sleeps on its pipe since. */
    private WorkerPool asleep() throws Exception {
        WorkerPool pool = new WorkerPool(WorkerCommand.of(WorkerCommand.classPathOfCodeSources(), List.of(), TMP), 1);
        try {
            assertArrayEquals(v, Pixels.values(pool.decode(r, 5000).pixels()), "the worker decodes");
            await(() -> pool.parkedWorkers() == 1, "the idle worker sleeps on its pipe");
            return pool;
        } catch (Exception | AssertionError e) {
            pool.close();
            throw e;
        }
    }

    private static DecodeRequest request(byte[] frame) {
        PixelDescriptor px = new PixelDescriptor(16, 32, 1, 16, 12, 0, "MONOCHROME2", 0);
        return new DecodeRequest(CodecId.CHARLS, frame, frame.length, true, 0, 1, px);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(condition.getAsBoolean(), what);
    }
}
