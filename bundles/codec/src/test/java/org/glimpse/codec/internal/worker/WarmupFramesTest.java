package org.glimpse.codec.internal.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.glimpse.codec.internal.core.DecodedPixels;
import org.glimpse.codec.internal.decoder.StandaloneCodecRuntime;
import org.glimpse.codec.internal.testing.Pixels;
import org.junit.jupiter.api.Test;

/** The hand-written warm-up frames are valid: every native codec decodes its own to a flat 16×16 image. */
class WarmupFramesTest {

    @Test
    void everyCodecDecodesItsWarmUpFrameToAFlatImage() throws Exception {
        NativeCodecs codecs = NativeCodecs.load(StandaloneCodecRuntime.buildNatives());
        List<DecodeRequest> frames = WarmupFrames.of(codecs);
        Set<CodecId> seen = new HashSet<>();
        try (StandaloneCodecRuntime runtime = new StandaloneCodecRuntime(StandaloneCodecRuntime.buildNatives(), 1)) {
            for (DecodeRequest r : frames) {
                // in a worker: a hand-written stream that a library rejected with an assert must not end this JVM
                check(r, runtime.decoding().decode(r, 10_000));
                seen.add(r.codec());
            }
        }
        for (CodecId id : CodecId.values()) {
            assertTrue(!codecs.has(id) || seen.contains(id), "a warm-up frame for " + id + ", which is loaded here");
        }
    }

    private static void check(DecodeRequest r, DecodedPixels p) {
        assertEquals(r.pixel().columns(), p.width(), r.codec() + " width");
        assertEquals(r.pixel().rows(), p.height(), r.codec() + " height");
        int[] v = Pixels.values(p.pixels());
        for (int x : v) {
            assertEquals(v[0], x, r.codec() + " decodes a flat image");
        }
    }
}
