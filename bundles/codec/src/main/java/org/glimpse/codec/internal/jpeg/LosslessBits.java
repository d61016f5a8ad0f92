package org.glimpse.codec.internal.jpeg;

import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.codec.internal.core.CodecException;

/**
 * Entropy-coded segment reader (T.81 F.2.2.5) for the lossless and the DCT decoders: 0xFF00 is a data 0xFF, other
 * 0xFFxx end the segment. Bits are buffered ahead so that Huffman codes can be looked up several bits at a time;
 * past the end of the segment zero bits are supplied, and consuming one of them is the error (truncated data, or
 * a marker where the scan still needs bits), so reading ahead never fails a scan that is complete.
 */
final class LosslessBits {
    private final byte[] data;
    private final int end;
    private int pos;
    private long acc;
    /** Bits held in {@code acc}, including {@code phantom} zero bits supplied past the end of the segment. */
    private int count;
    private int phantom;
    private boolean ended;
    private Kind endKind;
    private String endMessage;

    LosslessBits(byte[] data, int start, int end) {
        this.data = data;
        this.pos = start;
        this.end = end;
    }

    int bit() throws CodecException {
        return bits(1);
    }

    /** Consumes {@code n} (0..16) bits. */
    int bits(int n) throws CodecException {
        if (count < n) {
            fill();
        }
        count -= n;
        if (count < phantom) {
            throw endOfData();
        }
        return (int) (acc >>> count) & ((1 << n) - 1);
    }

    /** The next 16 bits without consuming them (zeros past the end of the segment). */
    int peek16() {
        if (count < 16) {
            fill();
        }
        return (int) (acc >>> (count - 16)) & 0xFFFF;
    }

    void skip(int n) throws CodecException {
        count -= n;
        if (count < phantom) {
            throw endOfData();
        }
    }

    /** Whether fewer than {@code n} real bits are left: a lookup that failed may only have met the end. */
    boolean endsWithin(int n) {
        return count - phantom < n;
    }

    CodecException endOfData() {
        return new CodecException(endKind, endMessage);
    }

    private void fill() {
        while (count <= 48) {
            if (ended) {
                acc <<= 8;
                count += 8;
                phantom += 8;
                continue;
            }
            if (pos >= end) {
                stop(Kind.INCOMPLETE, "JPEG entropy-coded data ends at byte " + pos + " of " + end + " held");
                continue;
            }
            int b = data[pos] & 0xFF;
            if (b == 0xFF) {
                int next = pos + 1 < end ? data[pos + 1] & 0xFF : -1;
                if (next != 0) {
                    stop(next < 0 ? Kind.INCOMPLETE : Kind.MALFORMED, String.format(
                            "JPEG marker 0x%04X at byte %d inside the scan data", 0xFF00 | Math.max(next, 0), pos));
                    continue;
                }
                pos += 2;
            } else {
                pos++;
            }
            acc = (acc << 8) | b;
            count += 8;
        }
    }

    private void stop(Kind kind, String message) {
        ended = true;
        endKind = kind;
        endMessage = message;
    }

    /** Skips to the restart marker expected next (T.81 E.2.4) and resets the bit buffer. */
    void restart(int expected) throws CodecException {
        count = 0;
        phantom = 0;
        acc = 0;
        ended = false;
        while (pos + 1 < end && !((data[pos] & 0xFF) == 0xFF && (data[pos + 1] & 0xFF) >= 0xD0
                && (data[pos + 1] & 0xFF) <= 0xD7)) {
            pos++;
        }
        if (pos + 1 >= end) {
            throw new CodecException(Kind.INCOMPLETE, "JPEG restart marker RST" + expected + " missing");
        }
        int m = data[pos + 1] & 0x0F;
        if (m != expected) {
            throw new CodecException(Kind.MALFORMED, "JPEG restart marker RST" + m + " at byte " + pos
                    + " where RST" + expected + " was due");
        }
        pos += 2;
    }

    /** The byte holding the next unread bit (approximate across stuffed 0xFF00 pairs). */
    int position() {
        return pos - (count - phantom + 7) / 8;
    }
}
