package org.glimpse.codec.internal.core;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.ShortBuffer;
import org.glimpse.api.frame.PixelBuffer;

/**
 * Native decode output as DICOM lays out stored values (8 or 16 bits in this machine's order, samples
 * interleaved) in a byte buffer: shared memory in a worker, native memory in this JVM. Codecs that cannot
 * write that layout themselves write component planes through here.
 */
public final class PixelOutput {

    private PixelOutput() {
    }

    /** Values narrowed per step: the planes are read and the output written in bulk, a chunk at a time. */
    private static final int CHUNK = 1 << 14;

    /**
     * Interleaves component planes of {@code n} values each into {@code out}, narrowed to 8 or 16 bits. Bulk
     * copies through two small arrays keep the narrowing a loop over arrays, which the JIT compiles to vector
     * code, instead of a call per value through the buffers.
     */
    public static void planes(IntBuffer[] planes, int n, ByteBuffer out, int bytesPerValue) {
        int s = planes.length;
        int[] from = new int[Math.min(n, CHUNK)];
        if (bytesPerValue == 1) {
            byte[] to = new byte[from.length * s];
            for (int at = 0; at < n; at += CHUNK) {
                int len = Math.min(CHUNK, n - at);
                for (int c = 0; c < s; c++) {
                    planes[c].get(at, from, 0, len);
                    narrow(from, len, to, c, s);
                }
                out.put(at * s, to, 0, len * s);
            }
            return;
        }
        ShortBuffer o = out.asShortBuffer();
        short[] to = new short[from.length * s];
        for (int at = 0; at < n; at += CHUNK) {
            int len = Math.min(CHUNK, n - at);
            for (int c = 0; c < s; c++) {
                planes[c].get(at, from, 0, len);
                narrow(from, len, to, c, s);
            }
            o.put(at * s, to, 0, len * s);
        }
    }

    private static void narrow(int[] from, int len, short[] to, int c, int s) {
        if (s == 1) {
            for (int i = 0; i < len; i++) {
                to[i] = (short) from[i];
            }
        } else {
            for (int i = 0; i < len; i++) {
                to[i * s + c] = (short) from[i];
            }
        }
    }

    private static void narrow(int[] from, int len, byte[] to, int c, int s) {
        for (int i = 0; i < len; i++) {
            to[i * s + c] = (byte) from[i];
        }
    }

    /** Copies stored values a Java codec produced into {@code out}. */
    public static void values(PixelBuffer px, ByteBuffer out) {
        if (px instanceof PixelBuffer.Shorts s) {
            out.asShortBuffer().put(s.values(), s.offset(), s.length());
        } else {
            PixelBuffer.Bytes b = (PixelBuffer.Bytes) px;
            out.duplicate().put(b.values(), b.offset(), b.length());
        }
    }

    /**
     * Copies {@code n} values from {@code out} into the start of {@code target} (a new exact buffer when null)
     * and returns the frame's view of them.
     *
     * @throws IllegalArgumentException when {@code n} values do not fit the target (nothing copied)
     */
    public static PixelBuffer receive(ByteBuffer out, int n, int bytesPerValue, boolean signed, PixelBuffer target) {
        if (target == null) {
            target = bytesPerValue == 1 ? new PixelBuffer.Bytes(new byte[n], signed)
                    : new PixelBuffer.Shorts(new short[n], signed);
        }
        if (n > target.length()) {
            throw new IllegalArgumentException("decoded " + n + " values, the target holds only " + target.length());
        }
        PixelBuffer view = target.slice(0, n);
        if (view instanceof PixelBuffer.Shorts s && bytesPerValue == 2) {
            out.asShortBuffer().get(s.values(), s.offset(), n);
        } else if (view instanceof PixelBuffer.Bytes b && bytesPerValue == 1) {
            out.duplicate().get(b.values(), b.offset(), n);
        } else {
            throw new IllegalArgumentException(bytesPerValue * 8 + "-bit values cannot go into a "
                    + view.getClass().getSimpleName() + " target");
        }
        return view;
    }
}
