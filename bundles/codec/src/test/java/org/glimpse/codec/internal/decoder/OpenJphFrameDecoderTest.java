package org.glimpse.codec.internal.decoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.codec.internal.testing.Pixels;
import org.glimpse.codec.internal.testing.TestCodestreams;
import org.glimpse.fixtures.Encoders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** OpenJPH through the C shim, in a worker: same pixels as the encoder's input and as OpenJPEG per level. */
class OpenJphFrameDecoderTest {
    private static final int SIZE = 128;
    private static final TestCodestreams STREAMS = new TestCodestreams(SIZE);
    private static final PixelDescriptor CT = new PixelDescriptor(SIZE, SIZE, 1, 16, 12, 0, "MONOCHROME2", 0);
    private static final StandaloneCodecRuntime RUNTIME = new StandaloneCodecRuntime(
            StandaloneCodecRuntime.buildNatives(), 1);
    private static final OpenJphFrameDecoder OJPH = new OpenJphFrameDecoder(RUNTIME);
    private static final OpenJpegFrameDecoder OPJ = new OpenJpegFrameDecoder(RUNTIME);
    private static final DecodeOptions OPTIONS = new DecodeOptions(DecodeOptions.BEST_AVAILABLE, 1, 2000);

    @AfterAll
    static void stopWorkers() {
        RUNTIME.close();
    }

    private static EncodedFrame frame(byte[] data, int length, boolean complete) {
        return new EncodedFrame(new FrameKey("1.2", "1.2.3", "1.2.3.9", 1), TransferSyntax.HTJ2K_LOSSLESS_RPCL, CT,
                data, length, complete);
    }

    @Test
    void shimIsBuiltAndLoaded() {
        assertTrue(OJPH.isAvailable(), "the build compiles the OpenJPH shim into target/native: "
                + RUNTIME.describe());
    }

    @Test
    void wholeFrameDecodesToTheEncodedValues() throws Exception {
        byte[] cs = STREAMS.htj2kRpcl();
        DecodedFrame f = OJPH.decode(frame(cs, cs.length, true), OPTIONS);
        assertArrayEquals(Encoders.phantom(SIZE, SIZE, 12, 7), Pixels.values(f.pixels()), "lossless via OpenJPH");
    }

    @Test
    void everyLevelOfAPrefixMatchesOpenJpeg() throws Exception {
        byte[] cs = STREAMS.htj2kRpcl("-block_size", "{16,16}");
        long[] ends = OJPH.inspect(frame(cs, cs.length, true)).levelEnds();
        for (int r = 0; r < ends.length - 1; r++) {
            EncodedFrame prefix = frame(cs, (int) ends[r], false);
            DecodedFrame a = OJPH.decode(prefix, OPTIONS);
            DecodedFrame b = OPJ.decode(prefix, OPTIONS);
            assertEquals(ends.length - 1 - r, a.reduce(), "reduce for level " + r + "; ends " + Arrays.toString(ends));
            assertEquals(b.width(), a.width(), "width at level " + r);
            assertArrayEquals(Pixels.values(b.pixels()), Pixels.values(a.pixels()),
                    "OpenJPH and OpenJPEG agree on level " + r + " from " + ends[r] + " bytes");
        }
    }

    @Test
    void registersOnlyHtj2kSyntaxesAndRanksAboveOpenJpeg() {
        assertFalse(OJPH.transferSyntaxes().contains(TransferSyntax.JPEG_2000_LOSSLESS),
                "classic JPEG 2000 stays with OpenJPEG: " + OJPH.transferSyntaxes());
        assertTrue(OJPH.transferSyntaxes().containsAll(java.util.Set.of(TransferSyntax.HTJ2K_LOSSLESS,
                TransferSyntax.HTJ2K_LOSSLESS_RPCL, TransferSyntax.HTJ2K)), "all HTJ2K syntaxes");
        int ojph = ranking(OpenJphFrameDecoder.class);
        int opj = ranking(OpenJpegFrameDecoder.class);
        assertTrue(ojph > opj, "OpenJPH ranks above OpenJPEG: " + ojph + " vs " + opj);
    }

    /** The ranking in the component description bnd generated from the annotations. */
    private static int ranking(Class<?> c) {
        String xml = "OSGI-INF/" + c.getName() + ".xml";
        try (java.io.InputStream in = c.getClassLoader().getResourceAsStream(xml)) {
            assertTrue(in != null, "no component description " + xml);
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                    "name=\"service.ranking\" type=\"Integer\" value=\"(\\d+)\"").matcher(text);
            assertTrue(m.find(), "no service.ranking in " + xml + ": " + text);
            return Integer.parseInt(m.group(1));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
