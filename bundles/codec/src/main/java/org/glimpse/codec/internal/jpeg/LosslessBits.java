package org.glimpse.codec.internal.jpeg;

import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.codec.internal.core.CodecException;

/** Entropy-coded segment reader (T.81 F.2.2.5): 0xFF00 is a data 0xFF, other 0xFFxx end the segment. */
final class LosslessBits {
    private final byte[] data;
    private final int end;
    private int pos;
    private int buf;
    private int count;
    private boolean atMarker;

    LosslessBits(byte[] data, int start, int end) {
        this.data = data;
        this.pos = start;
        this.end = end;
    }

    int bit() throws CodecException {
        if (count == 0) {
            fill();
        }
        count--;
        return (buf >> count) & 1;
    }

    int bits(int n) throws CodecException {
        int v = 0;
        for (int i = 0; i < n; i++) {
            v = (v << 1) | bit();
        }
        return v;
    }

    private void fill() throws CodecException {
        if (atMarker || pos >= end) {
            throw new CodecException(atMarker ? Kind.MALFORMED : Kind.INCOMPLETE, "JPEG entropy-coded data ends at byte "
                    + pos + (atMarker ? " (marker) before the scan is complete" : " of " + end + " held"));
        }
        int b = data[pos] & 0xFF;
        if (b == 0xFF) {
            int next = pos + 1 < end ? data[pos + 1] & 0xFF : -1;
            if (next == 0) {
                pos += 2;
            } else {
                atMarker = true;
                throw new CodecException(next < 0 ? Kind.INCOMPLETE : Kind.MALFORMED, String.format(
                        "JPEG marker 0x%04X at byte %d inside the scan data", 0xFF00 | Math.max(next, 0), pos));
            }
        } else {
            pos++;
        }
        buf = b;
        count = 8;
    }

    /** Skips to the restart marker expected next (T.81 E.2.4) and resets the bit buffer. */
    void restart(int expected) throws CodecException {
        count = 0;
        atMarker = false;
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

    int position() {
        return pos;
    }
}
