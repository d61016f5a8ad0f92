package org.glimpse.codec.internal.jna;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedPixels;
import org.glimpse.fixtures.Encoders;
import org.glimpse.codec.internal.testing.Pixels;
import org.junit.jupiter.api.Test;

class CharlsCodecTest {
    private static final CharlsCodec CODEC = new CharlsCodec(NativeLibraries.load(CharlsLibrary.class, List.of(),
            "libcharls.so.2", "charls").library().orElseThrow());
    private static final int[] PHANTOM = Encoders.phantom(96, 80, 12, 3);
    private static final PixelDescriptor CT = new PixelDescriptor(80, 96, 1, 16, 12, 0, "MONOCHROME2", 0);

    @Test
    void losslessJpegLsGivesBackTheValues() throws Exception {
        byte[] jls = Encoders.jpegLs(PHANTOM, 96, 80, 12, 0);
        DecodedPixels p = Direct.charls(CODEC, jls, jls.length, CT);
        assertEquals(96, p.width(), "width");
        assertEquals(80, p.height(), "height");
        assertArrayEquals(PHANTOM, Pixels.values(p.pixels()), "lossless JPEG-LS");
    }

    @Test
    void nearLosslessStaysWithinNear() throws Exception {
        byte[] jls = Encoders.jpegLs(PHANTOM, 96, 80, 12, 3);
        int[] got = Pixels.values(Direct.charls(CODEC, jls, jls.length, CT).pixels());
        for (int i = 0; i < got.length; i++) {
            assertTrue(Math.abs(got[i] - PHANTOM[i]) <= 3, "sample " + i + " off by more than NEAR=3: " + got[i]
                    + " vs " + PHANTOM[i]);
        }
    }

    @Test
    void headerSizeNotMatchingDicomIsRejectedBeforeDecoding() throws Exception {
        byte[] jls = Encoders.jpegLs(PHANTOM, 96, 80, 12, 0);
        PixelDescriptor other = new PixelDescriptor(512, 512, 1, 16, 12, 0, "MONOCHROME2", 0);
        CodecException e = assertThrows(CodecException.class, () -> Direct.charls(CODEC, jls, jls.length, other));
        assertEquals(Kind.MALFORMED, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("96×80") && e.getMessage().contains("512×512"), e.getMessage());
    }

    @Test
    void notJpegLsIsATypedError() {
        byte[] junk = {(byte) 0xFF, 0x4F, (byte) 0xFF, 0x51, 1, 2, 3, 4};
        CodecException e = assertThrows(CodecException.class, () -> Direct.charls(CODEC, junk, junk.length, CT));
        assertTrue(e.getMessage().startsWith("CharLS read_header failed"), e.getMessage());
    }
}
