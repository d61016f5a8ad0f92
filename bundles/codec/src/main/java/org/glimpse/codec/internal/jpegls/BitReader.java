package org.glimpse.codec.internal.jpegls;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.codec.internal.core.CodecException;

/**
 * The entropy-coded bits of a scan (ITU-T T.87 A.1): a 64-bit cache filled eight bytes at a time while no
 * 0xFF lies ahead, byte by byte only around one, where the bit after a 0xFF is a stuffed 0 and a 0xFF followed
 * by a byte with its high bit set is a marker that ends the data. Past the end the cache fills with zero bits,
 * counted, so a cut-off stream is found at the next line end instead of read forever; Golomb codes longer than
 * LIMIT allows are refused, so every read is bounded by the bytes held.
 */
final class BitReader {
    private static final VarHandle BIG_ENDIAN_LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final byte[] d;
    private final int end;
    /** Package-private, with {@link #nextFf}, for the grey line loop's refill in locals. */
    int pos;
    int nextFf;
    /**
     * Bits left-aligned; bits past {@code bits} are the next bits of the stream or zero. Package-private so
     * that the grey line loop can hold both in registers and hand them back around its calls.
     */
    long cache;
    int bits;
    /** Zero bits put in the cache after the data ended; consuming more than {@code bits} of them overruns. */
    private int padded;

    BitReader(byte[] d, int start, int end) {
        this.d = d;
        this.end = end;
        restart(start);
    }

    /** Starts reading at {@code start} with an empty cache (a scan's or a restart interval's first byte). */
    void restart(int start) {
        pos = start;
        cache = 0;
        bits = 0;
        padded = 0;
        nextFf = findFf(start);
        fill();
    }

    /** Byte offset of the next byte not yet in the cache, for messages and to find the marker that follows. */
    int position() {
        return pos;
    }

    byte[] data() {
        return d;
    }

    /** Whether more bits were read than the scan holds. */
    boolean overrun() {
        return padded > bits;
    }

    /**
     * The error for data that cannot be right: cut off when the bits read ran past the bytes held (the zeros
     * after the end made it so), else corrupt.
     */
    CodecException failure(String what) {
        return overrun() ? new CodecException(Kind.INCOMPLETE, "JPEG-LS scan data ends at byte " + pos
                + ", cut off (" + what + ")") : new CodecException(Kind.MALFORMED, "JPEG-LS scan data near byte "
                + pos + " is corrupt: " + what);
    }

    /**
     * Tops the cache up to 56–63 bits (from fewer than 64): eight bytes are ORed in whole, and only the whole
     * bytes that fit are counted, so the count needs no branch; the bits beyond it are the stream's next ones.
     */
    void fill() {
        if (pos + 8 <= nextFf) {
            cache |= word(d, pos) >>> bits;
            pos += (63 - bits) >>> 3;
            bits |= 56;
            return;
        }
        fillSlowly();
    }

    /** The eight bytes at {@code at}, big-endian. */
    static long word(byte[] d, int at) {
        return (long) BIG_ENDIAN_LONG.get(d, at);
    }

    private void fillSlowly() {
        // below 56, so that the count stays under 64 for fill's shift
        while (bits < 56) {
            if (pos >= end) {
                pad();
                return;
            }
            int b = d[pos] & 0xFF;
            if (b == 0xFF && (pos + 1 >= end || (d[pos + 1] & 0x80) != 0)) {
                pad();
                return;
            }
            cache |= (long) b << (56 - bits);
            bits += b == 0xFF ? 7 : 8;
            pos++;
        }
        nextFf = findFf(pos);
    }

    private void pad() {
        cache &= bits == 0 ? 0 : -1L << (64 - bits);
        padded += 64 - bits;
        bits = 64;
    }

    private int findFf(int from) {
        for (int i = from; i < end; i++) {
            if (d[i] == (byte) 0xFF) {
                return i;
            }
        }
        return end;
    }

    boolean readBit() {
        if (bits <= 0) {
            fill();
        }
        boolean one = cache < 0;
        cache <<= 1;
        bits--;
        return one;
    }

    /** The next {@code n} bits, 1 ≤ n ≤ 32, as an unsigned value. */
    int readBits(int n) {
        if (bits < n) {
            fill();
        }
        int v = (int) (cache >>> (64 - n));
        cache <<= n;
        bits -= n;
        return v;
    }

    /**
     * A Golomb-coded mapped error value (T.87 A.5.3): unary high bits, then {@code k} low bits, or after
     * {@code limit - qbpp - 1} zeros the escape code with {@code qbpp} bits holding the value minus one.
     */
    int readGolomb(int k, int limit, int qbpp) throws CodecException {
        if (bits < 32) {
            fill();
        }
        int zeros = Long.numberOfLeadingZeros(cache);
        int used = zeros + 1 + k;
        if (used <= bits && zeros < limit - qbpp - 1) {
            int v = (zeros << k) | (int) ((cache << (zeros + 1) >>> 1) >>> (63 - k));
            cache <<= used;
            bits -= used;
            return v;
        }
        return readGolombSlowly(k, limit, qbpp);
    }

    int readGolombSlowly(int k, int limit, int qbpp) throws CodecException {
        int escape = limit - qbpp - 1;
        int zeros = 0;
        while (!readBit()) {
            if (++zeros > escape) {
                throw failure("a Golomb code has more than " + escape + " leading zeros, LIMIT " + limit);
            }
        }
        if (zeros == escape) {
            return readBits(qbpp) + 1;
        }
        return k == 0 ? zeros : (zeros << k) | readBits(k);
    }
}
