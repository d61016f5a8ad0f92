package org.glimpse.codec.internal.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.glimpse.api.codec.CodestreamLevels;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.DecodeTask;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.codec.internal.decoder.CharlsFrameDecoder;
import org.glimpse.codec.internal.decoder.JpegExtendedFrameDecoder;
import org.glimpse.codec.internal.decoder.StandaloneCodecRuntime;
import org.glimpse.codec.internal.decoder.UncompressedFrameDecoder;
import org.glimpse.codec.internal.testing.Pixels;
import org.glimpse.fixtures.Encoders;
import org.glimpse.fixtures.HeldDecoder;
import org.glimpse.fixtures.TestFrames;
import org.junit.jupiter.api.Test;

class DecodeSchedulerTest {
    private static final PixelDescriptor CT = new PixelDescriptor(64, 64, 1, 16, 12, 0, "MONOCHROME2", 0);
    private static final String GATE = "1.2.826.0.1.3680043.99.1";
    private static final DecodeOptions OPTIONS = new DecodeOptions(DecodeOptions.BEST_AVAILABLE, 1, 20_000);

    private static EncodedFrame frame(int n, String ts, byte[] data, PixelDescriptor px) {
        return TestFrames.whole(n, ts, px, data);
    }

    private static byte[] raw(int[] v) {
        return TestFrames.littleEndian(v);
    }

    private static DecodeScheduler scheduler(StandaloneCodecRuntime runtime, FrameDecoder... decoders) {
        DecodeScheduler s = new DecodeScheduler(runtime);
        s.register(new UncompressedFrameDecoder(), 10);
        s.register(new CharlsFrameDecoder(runtime), 10);
        for (FrameDecoder d : decoders) {
            s.register(d, 50);
        }
        return s;
    }

    @Test
    void aPriorityChangeReordersWaitingDecodes() throws Exception {
        HeldDecoder gate = new HeldDecoder(GATE, Set.of());
        try (StandaloneCodecRuntime runtime = new StandaloneCodecRuntime(List.of(), 1)) {
            DecodeScheduler s = scheduler(runtime, gate);
            byte[] data = raw(Encoders.phantom(64, 64, 12, 1));
            long submitted = System.nanoTime();
            DecodeTask first = s.submit(frame(9, GATE, data, CT), OPTIONS, 0);
            while (!first.isStarted()) {
                Thread.sleep(5);
            }
            assertTrue(first.startNanos() - submitted >= 0, "a started decode says when a decoder took it");
            List<Integer> order = Collections.synchronizedList(new ArrayList<>());
            List<DecodeTask> waiting = new ArrayList<>();
            for (int n = 1; n <= 3; n++) {
                int k = n;
                DecodeTask t = s.submit(frame(n, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, data, CT), OPTIONS, 5);
                t.completion().thenRun(() -> order.add(k));
                waiting.add(t);
            }
            assertEquals(3, s.waiting(), "three decodes wait behind the running one");
            assertEquals(-1, waiting.get(0).startNanos(), "a waiting decode has no start time");
            assertTrue(waiting.get(2).reprioritize(1), "a waiting decode can move");
            assertEquals(1, waiting.get(2).priority());
            gate.open.countDown();
            for (DecodeTask t : waiting) {
                t.get(20, TimeUnit.SECONDS);
            }
            assertEquals(List.of(3, 1, 2), order, "the re-prioritised frame 3 went first, then submission order");
            assertFalse(first.reprioritize(9), "a finished decode cannot move");
            s.close();
        }
    }

    @Test
    void decodingIntoASlabLeavesNeighbouringFramesIntact() throws Exception {
        try (StandaloneCodecRuntime runtime = new StandaloneCodecRuntime(StandaloneCodecRuntime.buildNatives(), 2)) {
            DecodeScheduler s = scheduler(runtime);
            int n = 64 * 64;
            short[] slab = new short[4 * n];
            Arrays.fill(slab, (short) -1);
            int[] a = Encoders.phantom(64, 64, 12, 2);
            int[] b = Encoders.phantom(64, 64, 12, 3);
            byte[] jls = Encoders.jpegLs(b, 64, 64, 12, 0);
            DecodeTask ta = s.submit(frame(1, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, raw(a), CT), OPTIONS, 0,
                    new PixelBuffer.Shorts(slab, n, n, false));
            DecodeTask tb = s.submit(frame(2, TransferSyntax.JPEG_LS_LOSSLESS, jls, CT), OPTIONS, 0,
                    new PixelBuffer.Shorts(slab, 2 * n, n, false));
            DecodedFrame fa = ta.get(30, TimeUnit.SECONDS);
            DecodedFrame fb = tb.get(30, TimeUnit.SECONDS);
            assertTrue(((PixelBuffer.Shorts) fb.pixels()).values() == slab, "the worker's values landed in the slab");
            assertEquals(2 * n, fb.pixels().offset());
            assertArrayEquals(a, Pixels.values(fa.pixels()), "frame 1 in its range");
            assertArrayEquals(b, Pixels.values(fb.pixels()), "frame 2 (from a worker process) in its range");
            for (int i : new int[] {0, n - 1, 3 * n, 4 * n - 1}) {
                assertEquals(-1, slab[i], "value " + i + " outside both frames untouched");
            }
            assertEquals(2, s.concurrency(), "two decodes at once with two workers");
            s.close();
        }
    }

    @Test
    void aTargetOfTheWrongTypeIsRefusedAtSubmit() throws Exception {
        try (StandaloneCodecRuntime runtime = new StandaloneCodecRuntime(List.of(), 1)) {
            DecodeScheduler s = scheduler(runtime);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.submit(frame(1,
                    TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, new byte[8192], CT), OPTIONS, 0,
                    new PixelBuffer.Bytes(new byte[4096], false)));
            assertTrue(e.getMessage().contains("BitsAllocated 16"), e.getMessage());
            s.close();
        }
    }

    @Test
    void aCancelledDecodeFreesItsWorker() throws Exception {
        try (StandaloneCodecRuntime runtime = new StandaloneCodecRuntime(StandaloneCodecRuntime.buildNatives(), 1)) {
            DecodeScheduler s = scheduler(runtime);
            int[] v = Encoders.phantom(64, 64, 12, 4);
            byte[] jls = Encoders.jpegLs(v, 64, 64, 12, 0);
            byte[] stuck = SlowJpegLs.frame();
            PixelDescriptor big = SlowJpegLs.PIXEL;
            long d0 = System.nanoTime();
            runtime.decoding().decode(new org.glimpse.codec.internal.worker.DecodeRequest(
                    org.glimpse.codec.internal.worker.CodecId.CHARLS, stuck, stuck.length, true, 0, 1, big), 20_000);
            System.out.println("slow frame decodes in " + (System.nanoTime() - d0) / 1_000_000 + " ms");
            DecodeTask slow = s.submit(frame(1, TransferSyntax.JPEG_LS_LOSSLESS, stuck, big), OPTIONS, 0);
            while (!slow.isStarted()) {
                Thread.sleep(5);
            }
            long pid = waitForBusyWorker(runtime);
            long t0 = System.nanoTime();
            assertTrue(slow.cancel(true), "a running decode can be cancelled");
            ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
            long exitedMicros = (System.nanoTime() - t0) / 1000;
            assertTrue(slow.isCancelled(), "cancelled at once");
            assertThrows(CancellationException.class, () -> slow.get(1, TimeUnit.SECONDS));
            DecodeTask next = s.submit(frame(2, TransferSyntax.JPEG_LS_LOSSLESS, jls, CT), OPTIONS, 0);
            assertArrayEquals(v, Pixels.values(next.get(30, TimeUnit.SECONDS).pixels()), "the next frame decodes");
            assertFalse(runtime.pool().pids().contains(pid), "the stopped worker is gone");
            System.out.println("cancel → worker process " + pid + " exited after " + exitedMicros + " µs");
            s.close();
        }
    }

    @Test
    void aFrameHeldInAWorkerBehindAnotherCountsAsWaitingNotDecoding() throws Exception {
        try (StandaloneCodecRuntime runtime = new StandaloneCodecRuntime(StandaloneCodecRuntime.buildNatives(), 1)) {
            DecodeScheduler s = scheduler(runtime);
            int[] v = Encoders.phantom(64, 64, 12, 5);
            byte[] jls = Encoders.jpegLs(v, 64, 64, 12, 0);
            byte[] stuck = SlowJpegLs.frame();
            runtime.warm();
            while (runtime.pool().idleCount() < 1) {
                Thread.sleep(5);
            }
            for (int attempt = 1;; attempt++) {
                DecodeTask slow = s.submit(frame(1, TransferSyntax.JPEG_LS_LOSSLESS, stuck, SlowJpegLs.PIXEL),
                        OPTIONS, 0);
                // when the slow frame's result was published (a callback may run after get() returned: wait for it)
                CompletableFuture<Long> slowEnded = slow.completion()
                        .thenApply(r -> System.nanoTime()).toCompletableFuture();
                while (!slow.isStarted()) {
                    Thread.sleep(5);
                }
                Thread.sleep(100); // the worker has (most likely) begun the slow frame, about a second's work
                DecodeTask next = s.submit(frame(2, TransferSyntax.JPEG_LS_LOSSLESS, jls, CT), OPTIONS, 0);
                assertArrayEquals(v, Pixels.values(next.get(30, TimeUnit.SECONDS).pixels()), "the held frame decodes");
                slow.get(30, TimeUnit.SECONDS);
                long slowDone = slowEnded.get(30, TimeUnit.SECONDS);
                assertTrue(next.startNanos() - slowDone < 0, "the second frame was handed to the worker (its"
                        + " other slot) while the first one decoded, or this test tests nothing");
                if (next.beganNanos() - slow.beganNanos() < 0) {
                    // a loaded machine published the slow frame after the quick one: the worker ran that first
                    assertTrue(attempt < 3, "the quick frame never waited behind the slow one, " + attempt + " times");
                    continue;
                }
                long slowMillis = (slowDone - slow.beganNanos()) / 1_000_000;
                long heldMillis = (next.beganNanos() - next.startNanos()) / 1_000_000;
                assertTrue(slowMillis > 0 && heldMillis >= slowMillis / 2, "the second frame began when its worker"
                        + " took it up, after the first (" + slowMillis + " ms of decoding), not when it was handed"
                        + " over: held " + heldMillis + " ms");
                break;
            }
            s.close();
        }
    }

    @Test
    void eightBitJpegExtendedFramesCountAsWorkerDecodesAndTwelveBitOnesAsThisJvms() throws Exception {
        try (StandaloneCodecRuntime runtime = new StandaloneCodecRuntime(StandaloneCodecRuntime.buildNatives(), 1)) {
            DecodeScheduler s = scheduler(runtime, new JpegExtendedFrameDecoder(runtime));
            PixelDescriptor eight = new PixelDescriptor(64, 64, 1, 8, 8, 0, "MONOCHROME2", 0);
            byte[] any = new byte[16];
            assertTrue(s.inWorker(frame(1, TransferSyntax.JPEG_EXTENDED, any, eight)),
                    "an 8-bit .51 frame goes to the JDK reader in a worker: it waits on the workers, not on this JVM");
            assertFalse(s.inWorker(frame(2, TransferSyntax.JPEG_EXTENDED, any, CT)),
                    "a 12-bit .51 frame is decoded in Java here: it takes one of this JVM's decode places");
            assertTrue(s.inWorker(frame(3, TransferSyntax.JPEG_LS_LOSSLESS, any, CT)), "CharLS runs in a worker");
            assertFalse(s.inWorker(frame(4, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, any, CT)),
                    "uncompressed frames are read here");
            s.close();
        }
    }

    private static long waitForBusyWorker(StandaloneCodecRuntime runtime) throws InterruptedException {
        while (runtime.pool().pids().isEmpty()) {
            Thread.sleep(5);
        }
        Thread.sleep(200);
        return runtime.pool().pids().get(0);
    }
}
