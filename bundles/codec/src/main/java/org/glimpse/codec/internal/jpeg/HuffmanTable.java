package org.glimpse.codec.internal.jpeg;

import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.codec.internal.core.CodecException;

/** A DHT table decoded the way ITU-T T.81 F.2.2.3 does: MAXCODE, VALPTR and MINCODE per code length. */
final class HuffmanTable {
    private static final int LOOKAHEAD = 9;

    private final int[] maxCode = new int[18];
    private final int[] valPtr = new int[17];
    private final int[] minCode = new int[17];
    private final int[] values;
    /** For the next LOOKAHEAD bits: code length << 8 | value of a code that short, or 0 (T.81 F.2.2.3 sped up). */
    private final int[] lookup = new int[1 << LOOKAHEAD];

    HuffmanTable(int[] counts, int[] values) throws CodecException {
        this.values = values.clone();
        int code = 0;
        int k = 0;
        for (int len = 1; len <= 16; len++) {
            valPtr[len] = k;
            minCode[len] = code;
            code += counts[len - 1];
            k += counts[len - 1];
            maxCode[len] = counts[len - 1] == 0 ? -1 : code - 1;
            if (code > (1 << len)) {
                throw new CodecException(Kind.MALFORMED, "JPEG DHT has more codes of length " + len + " than fit");
            }
            code <<= 1;
        }
        maxCode[17] = Integer.MAX_VALUE;
        for (int len = 1; len <= LOOKAHEAD; len++) {
            for (int i = 0; i < counts[len - 1] && valPtr[len] + i < values.length; i++) {
                int first = (minCode[len] + i) << (LOOKAHEAD - len);
                for (int j = 0; j < 1 << (LOOKAHEAD - len); j++) {
                    lookup[first + j] = len << 8 | this.values[valPtr[len] + i];
                }
            }
        }
    }

    /**
     * Reads the tables of one DHT segment (T.81 B.2.4.2) between {@code p} and {@code end} into {@code dc}
     * (class 0) and {@code ac} (class 1, skipped when {@code ac} is null), indexed by destination 0..3.
     */
    static void readDht(byte[] d, int p, int end, HuffmanTable[] dc, HuffmanTable[] ac) throws CodecException {
        while (p < end) {
            int tcth = d[p] & 0xFF;
            int tc = tcth >> 4;
            int th = tcth & 0x0F;
            if (th > 3 || tc > 1 || p + 17 > end) {
                throw new CodecException(Kind.MALFORMED, "JPEG DHT class " + tc + " table " + th + " at byte " + p
                        + " is invalid");
            }
            int[] counts = new int[16];
            int total = 0;
            for (int i = 0; i < 16; i++) {
                counts[i] = d[p + 1 + i] & 0xFF;
                total += counts[i];
            }
            if (total > 256 || p + 17 + total > end) {
                throw new CodecException(Kind.MALFORMED, "JPEG DHT table " + th + " at byte " + p + " announces "
                        + total + " values");
            }
            int[] values = new int[total];
            for (int i = 0; i < total; i++) {
                values[i] = d[p + 17 + i] & 0xFF;
            }
            if (tc == 0) {
                dc[th] = new HuffmanTable(counts, values);
            } else if (ac != null) {
                ac[th] = new HuffmanTable(counts, values);
            }
            p += 17 + total;
        }
    }

    /** Decodes one symbol (T.81 F.2.2.3 DECODE), short codes by table lookup. */
    int decode(LosslessBits bits) throws CodecException {
        int next = bits.peek16();
        int hit = lookup[next >>> (16 - LOOKAHEAD)];
        if (hit != 0) {
            bits.skip(hit >> 8);
            return hit & 0xFF;
        }
        for (int len = LOOKAHEAD + 1; len <= 16; len++) {
            int code = next >>> (16 - len);
            if (code <= maxCode[len]) {
                int index = valPtr[len] + code - minCode[len];
                if (index < 0 || index >= values.length) {
                    throw new CodecException(Kind.MALFORMED, "JPEG Huffman code outside the DHT values at byte "
                            + bits.position());
                }
                bits.skip(len);
                return values[index];
            }
        }
        if (bits.endsWithin(16)) {
            throw bits.endOfData();
        }
        throw new CodecException(Kind.MALFORMED, "JPEG Huffman code not in the table at byte " + bits.position());
    }
}
