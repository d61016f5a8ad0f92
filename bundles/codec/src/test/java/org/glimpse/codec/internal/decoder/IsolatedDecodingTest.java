package org.glimpse.codec.internal.decoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.worker.CodecId;
import org.glimpse.codec.internal.worker.DecodeRequest;
import org.glimpse.codec.internal.testing.Pixels;
import org.glimpse.codec.internal.testing.TestCodestreams;
import org.glimpse.fixtures.Encoders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Native decoding runs in supervised worker processes: bad input costs a worker, never this JVM. */
class IsolatedDecodingTest {
    private static final int SIZE = 128;
    private static final TestCodestreams STREAMS = new TestCodestreams(SIZE);
    private static final PixelDescriptor CT = new PixelDescriptor(SIZE, SIZE, 1, 16, 12, 0, "MONOCHROME2", 0);
    private static final StandaloneCodecRuntime RUNTIME = new StandaloneCodecRuntime(StandaloneCodecRuntime.buildNatives(), 1);
    private static final OpenJpegFrameDecoder J2K = new OpenJpegFrameDecoder(RUNTIME);
    private static final CharlsFrameDecoder JLS = new CharlsFrameDecoder(RUNTIME);
    private static final DecodeOptions TWO_SECONDS = new DecodeOptions(DecodeOptions.BEST_AVAILABLE, 1, 2000);

    @AfterAll
    static void stopWorkers() {
        RUNTIME.close();
    }

    private static EncodedFrame frame(String ts, byte[] data, int length, boolean complete) {
        return new EncodedFrame(new FrameKey("1.2", "1.2.3", "1.2.3.4", 7), ts, CT, data, length, complete);
    }

    @Test
    void htj2kFrameDecodesInAWorkerToTheEncodedValues() throws Exception {
        byte[] cs = STREAMS.htj2kRpcl();
        DecodedFrame f = J2K.decode(frame(TransferSyntax.HTJ2K_LOSSLESS_RPCL, cs, cs.length, true), TWO_SECONDS);
        assertEquals(ImageQualityStatus.FULL_RESOLUTION, f.quality(), "whole lossless frame");
        assertArrayEquals(Encoders.phantom(SIZE, SIZE, 12, 7), Pixels.values(f.pixels()), "pixels from the worker");
    }

    @Test
    void prefixDecodesToTheBestCompleteLevel() throws Exception {
        byte[] cs = STREAMS.htj2kRpcl();
        EncodedFrame all = frame(TransferSyntax.HTJ2K_LOSSLESS_RPCL, cs, cs.length, true);
        long[] ends = J2K.inspect(all).levelEnds();
        int held = (int) (ends[3] + (ends[4] - ends[3]) / 2);
        DecodedFrame f = J2K.decode(frame(TransferSyntax.HTJ2K_LOSSLESS_RPCL, cs, held, false), TWO_SECONDS);
        assertEquals(2, f.reduce(), "level 3 of 5 complete in " + held + " bytes; ends " + Arrays.toString(ends));
        assertEquals(SIZE / 4, f.width(), "width at reduce 2");
        assertEquals(ImageQualityStatus.SUBRESOLUTION, f.quality(), "quality of a reduced image");
    }

    @Test
    void forgedSizIsRejectedBeforeAnyWorkerSeesIt() throws Exception {
        byte[] cs = STREAMS.htj2kRpcl().clone();
        for (int i = 8; i < 16; i++) {
            cs[i] = (byte) (i % 4 < 2 ? 0 : 0xFF);
        }
        long before = RUNTIME.pool().started();
        DecodeException e = assertThrows(DecodeException.class,
                () -> J2K.decode(frame(TransferSyntax.HTJ2K_LOSSLESS_RPCL, cs, cs.length, true), TWO_SECONDS));
        assertEquals(Kind.MALFORMED, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("65535×65535") && e.getMessage().contains("1.2.3.4/frames/7"),
                "names the forged size and the frame: " + e.getMessage());
        assertEquals(before, RUNTIME.pool().started(), "the gate answers without starting a worker");
    }

    @Test
    void cutOffJpegLsIsRejectedWithoutRunningCharls() throws Exception {
        byte[] jls = Encoders.jpegLs(Encoders.phantom(SIZE, SIZE, 12, 7), SIZE, SIZE, 12, 0);
        DecodeException e = assertThrows(DecodeException.class,
                () -> JLS.decode(frame(TransferSyntax.JPEG_LS_LOSSLESS, jls, jls.length / 3, true), TWO_SECONDS));
        assertEquals(Kind.MALFORMED, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("EOI"), e.getMessage());
    }

    /** A JPEG-LS stream cut short: Debian's CharLS 2.4.1 spends seconds on it (without EOI it never gets here). */
    private static DecodeRequest cutJpegLs() throws IOException {
        byte[] jls = Encoders.jpegLs(Encoders.phantom(SIZE, SIZE, 12, 7), SIZE, SIZE, 12, 0);
        return new DecodeRequest(CodecId.CHARLS, jls, jls.length / 5, true, 0, 1, CT);
    }

    @Test
    void hangingDecoderIsStoppedAndTheNextFrameDecodes() throws Exception {
        long start = System.nanoTime();
        CodecException e = assertThrows(CodecException.class, () -> RUNTIME.decoding().decode(cutJpegLs(), 500));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(Kind.TIMEOUT, e.kind(), e.getMessage() + " after " + ms + " ms");
        assertTrue(e.getMessage().contains("500 ms"), "names the budget: " + e.getMessage());
        byte[] jls = Encoders.jpegLs(Encoders.phantom(SIZE, SIZE, 12, 7), SIZE, SIZE, 12, 0);
        DecodedFrame next = JLS.decode(frame(TransferSyntax.JPEG_LS_LOSSLESS, jls, jls.length, true), TWO_SECONDS);
        assertEquals(SIZE, next.width(), "the frame after a hang decodes");
    }

    @Test
    void workerKilledMidDecodeIsReportedCrashedAndReplaced() throws Exception {
        byte[] jls = Encoders.jpegLs(Encoders.phantom(SIZE, SIZE, 12, 7), SIZE, SIZE, 12, 0);
        JLS.decode(frame(TransferSyntax.JPEG_LS_LOSSLESS, jls, jls.length, true), TWO_SECONDS);
        List<Long> pids = RUNTIME.pool().pids();
        assertFalse(pids.isEmpty(), "a worker is running");
        long restarts = RUNTIME.pool().restarts();
        ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
        try {
            // SIGKILL stands in for a native abort or segfault in the worker, busy on the cut-off stream
            killer.schedule(() -> pids.forEach(p -> ProcessHandle.of(p).ifPresent(ProcessHandle::destroyForcibly)),
                    300, TimeUnit.MILLISECONDS);
            CodecException e = assertThrows(CodecException.class, () -> RUNTIME.decoding().decode(cutJpegLs(), 5000));
            assertEquals(Kind.CRASHED, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("signal 9"), "names how the process ended: " + e.getMessage());
        } finally {
            killer.shutdownNow();
        }
        DecodedFrame next = JLS.decode(frame(TransferSyntax.JPEG_LS_LOSSLESS, jls, jls.length, true), TWO_SECONDS);
        assertEquals(SIZE, next.height(), "the frame after a crash decodes");
        assertEquals(restarts + 1, RUNTIME.pool().restarts(), "one worker replaced");
    }
}
