package org.glimpse.codec.internal.worker;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.glimpse.api.frame.PixelDescriptor;

/**
 * Small valid frames per native codec, decoded by each worker as it starts so that the first frame a user
 * opens does not pay for loading and first use of the libraries, nor for running the decode path's Java code
 * uncompiled. The JPEG 2000 frames are written here marker by marker (12-bit, empty packets: valid
 * codestreams that decode to a flat image): 16×16 without decomposition, and 512×512 with five decomposition
 * levels, which runs the inverse wavelet and makes each side touch the pages of a 512² frame's shared output
 * once. The JPEG-LS one is written by hand too (16×16 zeros: every line one run, ITU-T T.87 A.7.1); the JPEG
 * one comes from the JDK's writer.
 */
public final class WarmupFrames {
    private static final int SIZE = 16;
    private static final int LARGE = 512;
    private static final int LARGE_LEVELS = 5;
    private static final PixelDescriptor GRAY12 = new PixelDescriptor(SIZE, SIZE, 1, 16, 12, 0, "MONOCHROME2", 0);
    private static final PixelDescriptor LARGE12 = new PixelDescriptor(LARGE, LARGE, 1, 16, 12, 0, "MONOCHROME2",
            0);
    private static final PixelDescriptor GRAY8 = new PixelDescriptor(SIZE, SIZE, 1, 8, 8, 0, "MONOCHROME2", 0);

    private WarmupFrames() {
    }

    /** Warm-up decodes for the codecs {@code codecs} has. */
    public static List<DecodeRequest> of(NativeCodecs codecs) {
        List<DecodeRequest> r = new ArrayList<>();
        if (codecs.has(CodecId.OPENJPH)) {
            r.add(request(CodecId.OPENJPH, codestream(true), GRAY12));
            r.add(request(CodecId.OPENJPH, codestream(true, LARGE, LARGE_LEVELS), LARGE12));
        }
        if (codecs.has(CodecId.OPENJPEG)) {
            r.add(request(CodecId.OPENJPEG, codestream(false), GRAY12));
            r.add(request(CodecId.OPENJPEG, codestream(false, LARGE, LARGE_LEVELS), LARGE12));
        }
        if (codecs.has(CodecId.CHARLS)) {
            r.add(request(CodecId.CHARLS, jpegLs(), GRAY12));
        }
        jpeg().ifPresent(j -> r.add(request(CodecId.JDK_JPEG, j, GRAY8)));
        return r;
    }

    /**
     * The 512×512 five-level codestream (HTJ2K or J2K) and its DICOM description, for warming up the checks this
     * JVM makes before a JPEG 2000 frame reaches a worker.
     */
    public static DecodeRequest jpeg2000(boolean htj2k) {
        return request(htj2k ? CodecId.OPENJPH : CodecId.OPENJPEG, codestream(htj2k, LARGE, LARGE_LEVELS), LARGE12);
    }

    private static DecodeRequest request(CodecId codec, byte[] data, PixelDescriptor pixel) {
        return new DecodeRequest(codec, data, data.length, true, 0, 1, pixel);
    }

    /** The 16×16 codestream without decomposition. */
    static byte[] codestream(boolean htj2k) {
        return codestream(htj2k, SIZE, 0);
    }

    /**
     * SOC, SIZ, (CAP,) COD, QCD (no quantization: exponents 13 for LL, 14 for HL and LH, 15 for HH), one tile-part
     * holding one empty packet per resolution (one layer, one precinct each), EOC.
     */
    static byte[] codestream(boolean htj2k, int size, int levels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        u16(out, 0xFF4F);
        u16(out, 0xFF51);
        u16(out, 41);
        u16(out, htj2k ? 0x4000 : 0);
        for (int v : new int[] {size, size, 0, 0, size, size, 0, 0}) {
            u32(out, v);
        }
        u16(out, 1);
        out.write(11);
        out.write(1);
        out.write(1);
        if (htj2k) {
            u16(out, 0xFF50);
            u16(out, 8);
            u32(out, 0x00020000);
            u16(out, 0);
        }
        u16(out, 0xFF52);
        u16(out, 12);
        out.writeBytes(new byte[] {0, 0, 0, 1, 0, (byte) levels, 4, 4, (byte) (htj2k ? 0x40 : 0), 1});
        u16(out, 0xFF5C);
        u16(out, 4 + 3 * levels);
        out.writeBytes(new byte[] {0x20, 13 << 3});
        for (int l = 0; l < levels; l++) {
            out.writeBytes(new byte[] {14 << 3, 14 << 3, 15 << 3});
        }
        u16(out, 0xFF90);
        u16(out, 10);
        u16(out, 0);
        u32(out, 14 + levels + 1);
        out.write(0);
        out.write(1);
        u16(out, 0xFF93);
        out.writeBytes(new byte[levels + 1]);
        u16(out, 0xFFD9);
        return out.toByteArray();
    }

    /**
     * SOI, SOF55 (12-bit 16×16, one component), SOS (lossless, no interleave), the scan, EOI. The scan is the
     * run-mode bits of 16 zero lines: the run index starts at 0 and grows through J = 0,0,0,0,1,1,1,1,2,2,2,2,
     * 3,3,3,3,4,4,5: the lines take 9, 4, 2, 2, 1, 1 and then 1 "1" bits each (29 in all), written with a 0 bit
     * stuffed after each 0xFF byte and padded with 0s.
     */
    static byte[] jpegLs() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8,
            (byte) 0xFF, (byte) 0xF7, 0, 11, 12, 0, SIZE, 0, SIZE, 1, 1, 0x11, 0,
            (byte) 0xFF, (byte) 0xDA, 0, 8, 1, 1, 0, 0, 0, 0,
            (byte) 0xFF, 0x7F, (byte) 0xFF, 0x7E,
            (byte) 0xFF, (byte) 0xD9};
    }

    private static java.util.Optional<byte[]> jpeg() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_BYTE_GRAY);
            return ImageIO.write(img, "jpeg", out) ? java.util.Optional.of(out.toByteArray())
                    : java.util.Optional.empty();
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static void u16(ByteArrayOutputStream out, int v) {
        out.write(v >> 8);
        out.write(v);
    }

    private static void u32(ByteArrayOutputStream out, int v) {
        u16(out, v >>> 16);
        u16(out, v & 0xFFFF);
    }
}
