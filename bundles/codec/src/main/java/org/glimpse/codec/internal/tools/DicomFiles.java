package org.glimpse.codec.internal.tools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Just enough DICOM Part 10 for test and fuzz frames: writes a one-frame grayscale Secondary Capture in Explicit VR Little
 * Endian (for dcmtk's encoders to compress) and reads back the first fragment of encapsulated Pixel Data.
 */
public final class DicomFiles {
    private static final String SC = "1.2.840.10008.5.1.4.1.1.7";
    private static final String UID = "1.2.826.0.1.3680043.10.1234.1";

    private DicomFiles() {
    }

    public static Path writeGray(Path file, int rows, int columns, int bitsStored, boolean signed, int[] values)
            throws IOException {
        ByteArrayOutputStream meta = new ByteArrayOutputStream();
        element(meta, 0x0002, 0x0001, "OB", new byte[] {0, 1});
        element(meta, 0x0002, 0x0002, "UI", uid(SC));
        element(meta, 0x0002, 0x0003, "UI", uid(UID));
        element(meta, 0x0002, 0x0010, "UI", uid("1.2.840.10008.1.2.1"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[128]);
        out.write("DICM".getBytes(StandardCharsets.US_ASCII));
        element(out, 0x0002, 0x0000, "UL", le(meta.size(), 4));
        out.write(meta.toByteArray());
        element(out, 0x0008, 0x0016, "UI", uid(SC));
        element(out, 0x0008, 0x0018, "UI", uid(UID));
        element(out, 0x0028, 0x0002, "US", le(1, 2));
        element(out, 0x0028, 0x0004, "CS", "MONOCHROME2 ".getBytes(StandardCharsets.US_ASCII));
        element(out, 0x0028, 0x0010, "US", le(rows, 2));
        element(out, 0x0028, 0x0011, "US", le(columns, 2));
        element(out, 0x0028, 0x0100, "US", le(16, 2));
        element(out, 0x0028, 0x0101, "US", le(bitsStored, 2));
        element(out, 0x0028, 0x0102, "US", le(bitsStored - 1, 2));
        element(out, 0x0028, 0x0103, "US", le(signed ? 1 : 0, 2));
        byte[] px = new byte[values.length * 2];
        for (int i = 0; i < values.length; i++) {
            px[2 * i] = (byte) values[i];
            px[2 * i + 1] = (byte) (values[i] >> 8);
        }
        element(out, 0x7FE0, 0x0010, "OW", px);
        Files.write(file, out.toByteArray());
        return file;
    }

    /** The first fragment after the Basic Offset Table of encapsulated (7FE0,0010). */
    public static byte[] firstFragment(Path file) throws IOException {
        byte[] d = Files.readAllBytes(file);
        byte[] tag = {(byte) 0xE0, 0x7F, 0x10, 0x00, 'O', 'B', 0, 0, -1, -1, -1, -1};
        for (int i = 132; i + tag.length < d.length; i++) {
            if (Arrays.equals(d, i, i + tag.length, tag, 0, tag.length)) {
                int p = i + tag.length;
                p += 8 + (int) u32(d, p + 4);
                int len = (int) u32(d, p + 4);
                return Arrays.copyOfRange(d, p + 8, p + 8 + len);
            }
        }
        throw new IOException("no encapsulated Pixel Data in " + file);
    }

    /**
     * The first {@code count} values of native 8- or 16-bit-allocated Pixel Data (7FE0,0010 OW, Explicit VR Little
     * Endian) of a file such as dcmdjpeg writes, unsigned, or sign-extended from {@code bitsStored} when
     * {@code signed}.
     */
    public static int[] nativeValues(Path file, int count, int bitsAllocated, int bitsStored, boolean signed)
            throws IOException {
        byte[] d = Files.readAllBytes(file);
        byte[] tag = {(byte) 0xE0, 0x7F, 0x10, 0x00, 'O', 'W', 0, 0};
        for (int i = 132; i + tag.length + 4 <= d.length; i++) {
            if (Arrays.equals(d, i, i + tag.length, tag, 0, tag.length)) {
                int len = (int) u32(d, i + tag.length);
                int p = i + tag.length + 4;
                int bytes = bitsAllocated / 8;
                if (len < (long) count * bytes || p + len > d.length) {
                    throw new IOException("Pixel Data of " + len + " bytes in " + file + " holds fewer than "
                            + count + " values of " + bitsAllocated + " bits");
                }
                int[] v = new int[count];
                int shift = 32 - bitsStored;
                for (int k = 0; k < v.length; k++) {
                    int x = bytes == 1 ? d[p + k] & 0xFF : (d[p + 2 * k] & 0xFF) | (d[p + 2 * k + 1] & 0xFF) << 8;
                    v[k] = signed ? (x << shift) >> shift : x & ((1 << bitsStored) - 1);
                }
                return v;
            }
        }
        throw new IOException("no native OW Pixel Data in " + file);
    }

    private static long u32(byte[] d, int at) {
        return (d[at] & 0xFFL) | (d[at + 1] & 0xFFL) << 8 | (d[at + 2] & 0xFFL) << 16 | (d[at + 3] & 0xFFL) << 24;
    }

    private static byte[] uid(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        return b.length % 2 == 0 ? b : Arrays.copyOf(b, b.length + 1);
    }

    private static byte[] le(int v, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (v >> (8 * i));
        }
        return b;
    }

    private static void element(ByteArrayOutputStream out, int group, int elem, String vr, byte[] value)
            throws IOException {
        out.write(le(group, 2));
        out.write(le(elem, 2));
        out.write(vr.getBytes(StandardCharsets.US_ASCII));
        if (vr.equals("OB") || vr.equals("OW")) {
            out.write(new byte[2]);
            out.write(le(value.length, 4));
        } else {
            out.write(le(value.length, 2));
        }
        out.write(value);
    }
}
