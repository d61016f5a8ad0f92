package org.glimpse.codec.internal.jpeg;

import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.codec.internal.core.CodecException;

/**
 * Walks the marker segments of a JPEG stream (ITU-T T.81 B.1.1) the way a decoder meets them between scans:
 * stray bytes, fill bytes (0xFF) and RSTn markers are passed over, and EOI ends the walk.
 */
final class JpegSegments {

    static final int EOI = 0xFFD9;

    private JpegSegments() {
    }

    /**
     * From {@code p}, the position of the first marker that starts a segment or ends the image; a position
     * with fewer than four bytes left when the bytes held run out first.
     */
    static int nextMarker(byte[] d, int p, int length) {
        while (p + 4 <= length) {
            if ((d[p] & 0xFF) != 0xFF) {
                p++;
                continue;
            }
            int m = marker(d, p);
            if (m == 0xFFFF || m >= 0xFFD0 && m <= 0xFFD7) {
                p += m == 0xFFFF ? 1 : 2;
                continue;
            }
            return p;
        }
        return p;
    }

    /** Whether the walk goes on at {@code p}: a full segment header fits and the marker is not EOI. */
    static boolean atSegment(byte[] d, int p, int length) {
        return p + 4 <= length && marker(d, p) != EOI;
    }

    /** The marker code at {@code p} (0xFFxx). */
    static int marker(byte[] d, int p) {
        return 0xFF00 | (d[p + 1] & 0xFF);
    }

    /** Where the segment at {@code p} ends ({@code p + 2 + Lx}), checked against the bytes held. */
    static int segmentEnd(byte[] d, int p, int length) throws CodecException {
        int len = u16(d, p + 2);
        int next = p + 2 + len;
        if (len < 2 || next > length) {
            throw new CodecException(Kind.INCOMPLETE, String.format("JPEG marker 0x%04X at byte %d (length %d)"
                    + " runs past the %d bytes held", marker(d, p), p, len, length));
        }
        return next;
    }

    /** A big-endian 16-bit value. */
    static int u16(byte[] d, int at) {
        return ((d[at] & 0xFF) << 8) | (d[at + 1] & 0xFF);
    }
}
