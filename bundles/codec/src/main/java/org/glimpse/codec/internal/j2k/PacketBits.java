package org.glimpse.codec.internal.j2k;

/**
 * Bit reader for packet headers (T.800 B.10.1): after a 0xFF byte only 7 bits of the next byte are used.
 * Running past the held bytes throws a truncated {@link CodestreamException}.
 */
final class PacketBits {
    private final TileData data;
    private long pos;
    private int buf;
    private int count;
    private int last;

    PacketBits(TileData data, long pos) {
        this.data = data;
        this.pos = pos;
    }

    int bit() throws CodestreamException {
        if (count == 0) {
            int limit = last == 0xFF ? 7 : 8;
            int b = data.byteAt(pos);
            if (b < 0) {
                throw CodestreamException.truncatedAt(data.absolute(pos), -1);
            }
            if (limit == 7 && b > 0x7F) {
                throw CodestreamException.at(data.absolute(pos), String.format(
                        "packet header byte 0x%02X after 0xFF has its stuffed bit set", b));
            }
            pos++;
            last = b;
            buf = b;
            count = limit;
        }
        count--;
        return (buf >> count) & 1;
    }

    long bits(int n) throws CodestreamException {
        long v = 0;
        for (int i = 0; i < n; i++) {
            v = (v << 1) | bit();
        }
        return v;
    }

    /** Ends the header: a header ending in 0xFF is followed by one stuffing byte (B.10.1). */
    long align() {
        count = 0;
        if (last == 0xFF) {
            pos++;
            last = 0;
        }
        return pos;
    }

    long position() {
        return data.absolute(pos);
    }
}
