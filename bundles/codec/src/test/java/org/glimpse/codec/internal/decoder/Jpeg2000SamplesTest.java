package org.glimpse.codec.internal.decoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.codec.internal.testing.Pixels;
import org.glimpse.fixtures.Encoders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Signed 16-bit and three-sample frames through both JPEG 2000 decoders. */
class Jpeg2000SamplesTest {
    private static final int W = 64;
    private static final int H = 48;
    private static final StandaloneCodecRuntime RUNTIME = new StandaloneCodecRuntime(
            StandaloneCodecRuntime.buildNatives(), 1);
    private static final List<FrameDecoder> DECODERS = List.of(new OpenJpegFrameDecoder(RUNTIME),
            new OpenJphFrameDecoder(RUNTIME));
    private static final DecodeOptions OPTIONS = new DecodeOptions(0, 1, 2000);

    @AfterAll
    static void stopWorkers() {
        RUNTIME.close();
    }

    private static Path dir() throws Exception {
        return Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "samples");
    }

    private static EncodedFrame frame(byte[] cs, PixelDescriptor px) {
        return new EncodedFrame(new FrameKey("1", "2", "3", 1), TransferSyntax.HTJ2K_LOSSLESS, px, cs, cs.length, true);
    }

    @Test
    void signedSixteenBitValuesStaySigned() throws Exception {
        int[] v = new int[W * H];
        byte[] raw = new byte[2 * v.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = (i % W * 37 + i / W * 11) % 4000 - 2000;
            raw[2 * i] = (byte) v[i];
            raw[2 * i + 1] = (byte) (v[i] >> 8);
        }
        Path d = dir();
        // the same little-endian samples by the names each encoder reads raw input by (OpenJPH 0.21 refuses .rawl)
        Path in = Files.write(d.resolve("ct.rawl"), raw);
        Path yuv = Files.write(d.resolve("ct.yuv"), raw);
        // ojph_compress 0.9 (Debian 12) writes signed HTJ2K that only OpenJPH 0.9 reads back (OpenJPEG and newer
        // OpenJPH read 32767s); each OpenJPH version reads back what its own encoder wrote. Conformant signed
        // HTJ2K is the sample data's (SignedHtj2k), so OpenJPEG is checked here on its own classic J2K encoding.
        byte[] ht = Encoders.ojphCompress(d, "ct", yuv, "-dims", "{" + W + "," + H + "}", "-num_comps", "1",
                "-signed", "true", "-bit_depth", "16", "-downsamp", "{1,1}", "-reversible", "true", "-num_decomps", "3");
        byte[] j2k = Encoders.opjCompress(d, "ct", in, "-F", W + "," + H + ",1,16,s@1x1", "-n", "4");
        PixelDescriptor px = new PixelDescriptor(H, W, 1, 16, 16, 1, "MONOCHROME2", 0);
        DecodedFrame a = DECODERS.get(1).decode(frame(ht, px), OPTIONS);
        DecodedFrame b = DECODERS.get(0).decode(new EncodedFrame(new FrameKey("1", "2", "3", 1),
                TransferSyntax.JPEG_2000_LOSSLESS, px, j2k, j2k.length, true), OPTIONS);
        for (DecodedFrame f : List.of(a, b)) {
            assertEquals(true, ((PixelBuffer.Shorts) f.pixels()).signed(), "values marked signed");
            assertArrayEquals(v, Pixels.values(f.pixels()), "signed 16-bit");
        }
    }

    @Test
    void rgbComesBackInterleaved() throws Exception {
        byte[] head = ("P6\n" + W + " " + H + "\n255\n").getBytes(StandardCharsets.US_ASCII);
        byte[] ppm = new byte[head.length + W * H * 3];
        System.arraycopy(head, 0, ppm, 0, head.length);
        int[] rgb = new int[W * H * 3];
        for (int i = 0; i < W * H; i++) {
            rgb[3 * i] = i % W * 4 % 256;
            rgb[3 * i + 1] = i / W * 5 % 256;
            rgb[3 * i + 2] = (i % W + i / W) % 256;
        }
        for (int i = 0; i < rgb.length; i++) {
            ppm[head.length + i] = (byte) rgb[i];
        }
        Path d = dir();
        Path in = Files.write(d.resolve("rgb.ppm"), ppm);
        byte[] cs = Encoders.ojphCompress(d, "rgb", in, "-reversible", "true", "-num_decomps", "3");
        PixelDescriptor px = new PixelDescriptor(H, W, 3, 8, 8, 0, "RGB", 0);
        for (FrameDecoder dec : DECODERS) {
            DecodedFrame f = dec.decode(frame(cs, px), OPTIONS);
            assertEquals(3, f.samplesPerPixel(), dec.name() + " samples");
            assertArrayEquals(rgb, Pixels.values(f.pixels()), dec.name() + " RGB RGB … after the inverse colour"
                    + " transform");
        }
    }
}
