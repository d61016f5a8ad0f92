package org.glimpse.codec.internal.decoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.EnumMap;
import java.util.Map;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.codec.Rendition;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.fixtures.Encoders;
import org.glimpse.codec.internal.jna.NativeLibraries;
import org.glimpse.codec.internal.jna.OpenJphCodec;
import org.glimpse.codec.internal.jna.OpenJphLibrary;
import org.glimpse.codec.internal.testing.TestCodestreams;
import org.glimpse.codec.internal.worker.CodecId;
import org.glimpse.codec.internal.worker.DecodeRequest;
import org.glimpse.codec.internal.worker.NativeCodecs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Inputs known to crash the Debian decoders, written by the test: each ends as a typed error, this JVM
 * stays up, and the next valid frame decodes. Which inputs crash depends on the library's version: the forged
 * wavelet transforms kill OpenJPH 0.9 (Debian 12), while OpenJPH 0.21 (Debian 13) rejects them with an error,
 * so each version's test runs only where that version is installed and says so when it is skipped.
 */
class KnownBadCorpusTest {
    private static final int SIZE = 96;
    /** SPcod wavelet transform byte of the COD that ojph_compress writes after SIZ and CAP. */
    private static final int COD_TRANSFORM = 68;
    private static final int[] FORGED_TRANSFORMS = {0x02, 0x07, 0x80, 0xFF};
    private static final TestCodestreams STREAMS = new TestCodestreams(SIZE);
    private static final PixelDescriptor CT = new PixelDescriptor(SIZE, SIZE, 1, 16, 12, 0, "MONOCHROME2", 0);
    private static final StandaloneCodecRuntime RUNTIME = new StandaloneCodecRuntime(
            StandaloneCodecRuntime.buildNatives(), 1);
    private static final DecodeOptions OPTIONS = new DecodeOptions(DecodeOptions.BEST_AVAILABLE, 1, 2000);
    private static final OpenJphFrameDecoder OJPH = new OpenJphFrameDecoder(RUNTIME);
    /** The OpenJPH the decoder processes load (the shim built against it reports its version). */
    private static final String OPENJPH_VERSION = NativeLibraries.load(OpenJphLibrary.class,
            StandaloneCodecRuntime.buildNatives(), NativeCodecs.OPENJPH_SHIM_FILE, "glimpse_openjph").library()
            .map(l -> new OpenJphCodec(l).version()).orElse("none");

    @AfterAll
    static void stopWorkers() {
        RUNTIME.close();
    }

    private static byte[] forged(int transform) throws Exception {
        byte[] d = STREAMS.htj2kRpcl("-block_size", "{32,32}").clone();
        assertEquals(1, d[COD_TRANSFORM], "the base stream's COD transform byte is 5-3 reversible");
        d[COD_TRANSFORM] = (byte) transform;
        return d;
    }

    @Test
    void openJph09CrashesOnForgedWaveletTransformsAreContained() throws Exception {
        assumeTrue(OPENJPH_VERSION.startsWith("0.9."), "these streams crash OpenJPH 0.9 only; installed: OpenJPH "
                + OPENJPH_VERSION);
        Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
        for (int t : FORGED_TRANSFORMS) {
            byte[] d = forged(t);
            CodecException e = assertThrows(CodecException.class, () -> RUNTIME.decoding().decode(
                    new DecodeRequest(CodecId.OPENJPH, d, d.length, true, 0, 1, CT), 2000));
            kinds.merge(e.kind(), 1, Integer::sum);
        }
        assertTrue(kinds.getOrDefault(Kind.CRASHED, 0) > 0, "OpenJPH " + OPENJPH_VERSION + " should die on these;"
                + " if it no longer does, this test no longer tests containment: " + kinds);
        byte[] good = STREAMS.htj2kRpcl("-block_size", "{32,32}");
        assertEquals(SIZE, OJPH.decode(frame(good, "good"), OPTIONS).width(), "the next valid frame decodes");
    }

    @Test
    void newerOpenJphRejectsForgedWaveletTransformsWithoutDying() throws Exception {
        assumeFalse(OPENJPH_VERSION.startsWith("0.9.") || OPENJPH_VERSION.equals("none"),
                "OpenJPH 0.9 dies on these streams (the test above); installed: OpenJPH " + OPENJPH_VERSION);
        byte[] good = STREAMS.htj2kRpcl("-block_size", "{32,32}");
        RUNTIME.decoding().decode(new DecodeRequest(CodecId.OPENJPH, good, good.length, true, 0, 1, CT), 2000);
        for (int t : FORGED_TRANSFORMS) {
            byte[] d = forged(t);
            long started = RUNTIME.pool().started();
            CodecException e = assertThrows(CodecException.class, () -> RUNTIME.decoding().decode(
                    new DecodeRequest(CodecId.OPENJPH, d, d.length, true, 0, 1, CT), 2000));
            assertTrue(e.kind() == Kind.MALFORMED || e.kind() == Kind.UNSUPPORTED, "OpenJPH " + OPENJPH_VERSION
                    + " rejects wavelet transform " + t + " with an error: " + e.kind() + " " + e.getMessage());
            assertEquals(started, RUNTIME.pool().started(), "the worker that decoded before survived wavelet transform "
                    + t);
        }
    }

    @Test
    void forgedWaveletTransformIsRejectedBeforeAnyWorkerSeesIt() throws Exception {
        for (int t : FORGED_TRANSFORMS) {
            byte[] d = forged(t);
            long started = RUNTIME.pool().started();
            DecodeException e = assertThrows(DecodeException.class, () -> OJPH.decode(frame(d, "cod" + t), OPTIONS));
            assertEquals(Kind.MALFORMED, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("wavelet transform " + t) && e.getMessage().contains("cod" + t),
                    "names the value and the frame: " + e.getMessage());
            assertEquals(started, RUNTIME.pool().started(), "no worker started for a header the gate rejects");
        }
    }

    /**
     * Shaped after GHSA-mqrg-gfc8-73ff (CharLS 2.3.0–2.4.3 overflow on an oversized frame header): a JPEG-LS
     * stream whose SOF55 announces 65535 × 65535 16-bit samples over a scan of a few bytes.
     */
    static byte[] oversizedJpegLs() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8,
            (byte) 0xFF, (byte) 0xF7, 0, 11, 16, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 1, 1, 0x11, 0,
            (byte) 0xFF, (byte) 0xDA, 0, 8, 1, 1, 0, 0, 0, 0,
            0x12, 0x34, 0x56, 0x78, (byte) 0xFF, (byte) 0xD9};
    }

    @Test
    void charlsOversizedHeaderNeverReachesTheDecoder() throws Exception {
        CharlsFrameDecoder jls = new CharlsFrameDecoder(RUNTIME);
        byte[] d = oversizedJpegLs();
        long restarts = RUNTIME.pool().restarts();
        for (Rendition r : Rendition.values()) {
            EncodedFrame f = new EncodedFrame(new FrameKey("1", "2", "ghsa", 1), TransferSyntax.JPEG_LS_LOSSLESS, CT, d,
                    d.length, true, r);
            DecodeException e = assertThrows(DecodeException.class, () -> jls.decode(f, OPTIONS));
            assertEquals(Kind.MALFORMED, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("65535×65535") && e.getMessage().contains(SIZE + "×" + SIZE),
                    r + ": names both sizes: " + e.getMessage());
        }
        assertEquals(restarts, RUNTIME.pool().restarts(), "the worker rejected the header and lived");
        PixelDescriptor lying = new PixelDescriptor(65535, 65535, 1, 16, 16, 0, "MONOCHROME2", 0);
        EncodedFrame f = new EncodedFrame(new FrameKey("1", "2", "ghsa", 2), TransferSyntax.JPEG_LS_LOSSLESS, lying, d,
                d.length, true);
        DecodeException e = assertThrows(DecodeException.class, () -> jls.decode(f, OPTIONS));
        assertEquals(Kind.UNSUPPORTED, e.kind(), "metadata agreeing with the forged header: " + e.getMessage());
        byte[] good = Encoders.jpegLs(Encoders.phantom(SIZE, SIZE, 12, 3), SIZE, SIZE, 12, 0);
        assertEquals(SIZE, jls.decode(new EncodedFrame(new FrameKey("1", "2", "ok", 1), TransferSyntax.JPEG_LS_LOSSLESS,
                CT, good, good.length, true), OPTIONS).width(), "the next valid frame decodes");
    }

    private static EncodedFrame frame(byte[] d, String sop) {
        return new EncodedFrame(new FrameKey("1", "2", sop, 1), TransferSyntax.HTJ2K_LOSSLESS_RPCL, CT, d, d.length,
                true);
    }
}
