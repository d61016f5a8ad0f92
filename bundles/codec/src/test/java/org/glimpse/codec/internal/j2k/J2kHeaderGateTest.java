package org.glimpse.codec.internal.j2k;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.testing.TestCodestreams;
import org.junit.jupiter.api.Test;

class J2kHeaderGateTest {
    private static final TestCodestreams STREAMS = new TestCodestreams(64);
    private static final PixelDescriptor CT = new PixelDescriptor(64, 64, 1, 16, 12, 0, "MONOCHROME2", 0);

    /** Sets SIZ Xsiz and Ysiz (bytes 8-15 of the codestream). */
    static byte[] forgeSize(byte[] cs, long w, long h) {
        byte[] f = cs.clone();
        for (int i = 0; i < 4; i++) {
            f[8 + i] = (byte) (w >> (24 - 8 * i));
            f[12 + i] = (byte) (h >> (24 - 8 * i));
        }
        return f;
    }

    @Test
    void matchingHeaderPasses() throws Exception {
        byte[] cs = STREAMS.htj2kRpcl();
        Siz siz = J2kHeaderGate.check(cs, cs.length, CT);
        assertEquals(64, siz.width(), "SIZ width");
        assertEquals(12, siz.precision(0), "SIZ precision");
    }

    @Test
    void forgedSizeIsRejectedNamingBothSizes() throws Exception {
        byte[] forged = forgeSize(STREAMS.htj2kRpcl(), 65535, 65535);
        CodecException e = assertThrows(CodecException.class, () -> J2kHeaderGate.check(forged, forged.length, CT));
        assertEquals(Kind.MALFORMED, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("65535×65535") && e.getMessage().contains("64×64"),
                "message must name the SIZ and DICOM sizes: " + e.getMessage());
    }

    @Test
    void componentCountMismatchIsRejected() throws Exception {
        byte[] cs = STREAMS.htj2kRpcl();
        PixelDescriptor rgb = new PixelDescriptor(64, 64, 3, 8, 8, 0, "RGB", 0);
        CodecException e = assertThrows(CodecException.class, () -> J2kHeaderGate.check(cs, cs.length, rgb));
        assertTrue(e.getMessage().contains("1 components") && e.getMessage().contains("SamplesPerPixel is 3"),
                e.getMessage());
    }

    @Test
    void precisionDifferingFromBitsStoredIsAccepted() throws Exception {
        byte[] cs = STREAMS.htj2kRpcl();
        PixelDescriptor tenBits = new PixelDescriptor(64, 64, 1, 16, 10, 1, "MONOCHROME2", 0);
        assertEquals(12, J2kHeaderGate.check(cs, cs.length, tenBits).precision(0),
                "a 12-bit codestream under BitsStored 10 is a quirk, the DICOM header decides");
    }

    @Test
    void cutOffHeaderIsIncompleteAndGarbageIsMalformed() {
        byte[] junk = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xF7, 0, 0};
        CodecException bad = assertThrows(CodecException.class, () -> J2kHeaderGate.check(junk, junk.length, CT));
        assertEquals(Kind.MALFORMED, bad.kind(), bad.getMessage());
        assertTrue(bad.getMessage().contains("0xFFD8"), "names what was found: " + bad.getMessage());
        byte[] soc = {(byte) 0xFF, 0x4F, (byte) 0xFF, 0x51, 0};
        CodecException cut = assertThrows(CodecException.class, () -> J2kHeaderGate.check(soc, soc.length, CT));
        assertEquals(Kind.INCOMPLETE, cut.kind(), cut.getMessage());
    }

    @Test
    void tilingWithMoreTilesThanSotCanNumberIsRejected() throws Exception {
        byte[] cs = STREAMS.htj2kRpcl().clone();
        // XTsiz = YTsiz = 1: 64×64 gives 4096 tiles, 300×300 gives 90000, more than Isot can number
        for (int i = 0; i < 4; i++) {
            cs[24 + i] = (byte) (i == 3 ? 1 : 0);
            cs[28 + i] = (byte) (i == 3 ? 1 : 0);
        }
        PixelDescriptor px = new PixelDescriptor(64, 64, 1, 16, 12, 0, "MONOCHROME2", 0);
        Siz ok = J2kHeaderGate.check(cs, cs.length, px);
        assertEquals(4096, ok.tilesAcross() * ok.tilesDown(), "64×64 one-pixel tiles pass the gate");
        byte[] big = J2kHeaderGateTest.forgeSize(cs, 300, 300);
        PixelDescriptor px300 = new PixelDescriptor(300, 300, 1, 16, 12, 0, "MONOCHROME2", 0);
        CodestreamException e = assertThrows(CodestreamException.class, () -> J2kInspector.inspect(big, big.length,
                true));
        assertTrue(e.getMessage().contains("90000 tiles"), e.getMessage());
        assertEquals(300, J2kHeaderGate.check(big, big.length, px300).width(), "the size itself matches DICOM");
    }
}
