package org.glimpse.codec.internal.raw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.codec.internal.core.Cancellation;
import org.glimpse.codec.internal.decoder.UncompressedFrameDecoder;
import org.glimpse.codec.internal.testing.Pixels;
import org.glimpse.fixtures.Encoders;
import org.glimpse.fixtures.TestFrames;
import org.junit.jupiter.api.Test;

/**
 * Uncompressed and RLE decodes ask their cancel state before each line, as the other Java decoders do, so that a
 * cancelled one gives its decoder thread back within a line's time.
 */
class CancelledRawDecodeTest {
    private static final int ROWS = 24;
    /** Wider than a PackBits packet (128 bytes), so that a packet starts in every line. */
    private static final int COLUMNS = 160;
    private static final PixelDescriptor CT = new PixelDescriptor(ROWS, COLUMNS, 1, 16, 12, 0, "MONOCHROME2", 0);

    /** Says yes from its {@code at}-th question on, counting every question. */
    private static final class CancelAt implements Cancellation {
        private final int at;
        int asked;

        CancelAt(int at) {
            this.at = at;
        }

        @Override
        public boolean requested() {
            return ++asked >= at;
        }
    }

    @Test
    void anUncompressedDecodeAsksBeforeEachLineAndStopsAtTheCancelledOne() throws Exception {
        int[] v = Encoders.phantom(COLUMNS, ROWS, 12, 5);
        byte[] le = littleEndian(v);
        CancelAt never = new CancelAt(Integer.MAX_VALUE);
        PixelBuffer out = UncompressedCodec.decode(le, le.length, false, CT, false, null, never).pixels();
        assertArrayEquals(v, Pixels.values(out), "decoded while asked");
        assertEquals(ROWS, never.asked, "one question per line");
        CancellationException e = assertThrows(CancellationException.class,
                () -> UncompressedCodec.decode(le, le.length, false, CT, false, null, new CancelAt(10)));
        assertTrue(e.getMessage().contains("after 9 of " + ROWS + " lines"), e.getMessage());
    }

    @Test
    void anRleDecodeAsksBeforeEachLineOfEachSegment() throws Exception {
        int[] v = Encoders.phantom(COLUMNS, ROWS, 12, 6);
        byte[] rle = RawCodecsTest.encodeRle(v, v.length, 1, 2);
        CancelAt never = new CancelAt(Integer.MAX_VALUE);
        PixelBuffer out = RleCodec.decode(rle, rle.length, CT, false, null, never).pixels();
        assertArrayEquals(v, Pixels.values(out), "decoded while asked");
        assertEquals(2 * ROWS, never.asked, "one question per line of each of the two byte planes");
        CancellationException e = assertThrows(CancellationException.class,
                () -> RleCodec.decode(rle, rle.length, CT, false, null, new CancelAt(ROWS + 3)));
        assertTrue(e.getMessage().contains("after " + (ROWS + 2) + " of " + 2 * ROWS), e.getMessage());
    }

    @Test
    void theFrameDecoderPassesTheCancelOnNamingTheFrameAndLeavesTheTargetAlone() throws Exception {
        int[] v = Encoders.phantom(COLUMNS, ROWS, 12, 7);
        byte[] le = littleEndian(v);
        UncompressedFrameDecoder d = new UncompressedFrameDecoder();
        short[] slab = new short[ROWS * COLUMNS + 2];
        Arrays.fill(slab, (short) 0x7A7A);
        PixelBuffer target = new PixelBuffer.Shorts(slab, false).slice(1, ROWS * COLUMNS);
        EncodedFrame frame = TestFrames.whole(3, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, CT, le);
        CancellationException e = assertThrows(CancellationException.class,
                () -> d.decode(frame, DecodeOptions.DEFAULT, target, new CancelAt(2)));
        assertTrue(e.getMessage().startsWith(frame.key() + ": ") && e.getMessage().contains("after 1 of " + ROWS
                + " lines"), e.getMessage());
        assertTrue(Arrays.stream(toInts(slab)).allMatch(s -> s == 0x7A7A), "nothing written into the target");
        d.decode(frame, DecodeOptions.DEFAULT, target, Cancellation.NONE);
        assertEquals(0x7A7A, slab[0], "before the range");
        assertEquals(0x7A7A, slab[slab.length - 1], "after the range");
        assertArrayEquals(v, Arrays.stream(toInts(slab)).skip(1).limit(ROWS * COLUMNS).toArray(), "into the range");
    }

    private static byte[] littleEndian(int[] v) {
        byte[] b = new byte[2 * v.length];
        for (int i = 0; i < v.length; i++) {
            b[2 * i] = (byte) v[i];
            b[2 * i + 1] = (byte) (v[i] >> 8);
        }
        return b;
    }

    private static int[] toInts(short[] s) {
        int[] v = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            v[i] = s[i];
        }
        return v;
    }
}
