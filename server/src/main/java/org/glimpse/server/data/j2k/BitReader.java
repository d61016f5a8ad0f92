package org.glimpse.server.data.j2k;

/** Packet-header bit reader with the bit stuffing of T.800 B.10.1: after an FF byte only 7 bits follow. */
final class BitReader {
    private final byte[] data;
    private final int limit;
    private int pos;
    private int current;
    private int bitsLeft;
    private boolean previousWasFF;

    BitReader(byte[] data, int start, int limit) {
        this.data = data;
        this.pos = start;
        this.limit = limit;
    }

    int bit() throws CodestreamException {
        if (bitsLeft == 0) {
            if (pos >= limit) {
                throw new CodestreamException("packet header runs past offset " + limit);
            }
            current = data[pos++] & 0xFF;
            bitsLeft = previousWasFF ? 7 : 8;
            previousWasFF = current == 0xFF;
        }
        bitsLeft--;
        return (current >> bitsLeft) & 1;
    }

    int bits(int n) throws CodestreamException {
        if (n > 31) {
            throw new CodestreamException("packet header asks for a " + n + "-bit length near offset " + pos);
        }
        int v = 0;
        for (int i = 0; i < n; i++) {
            v = (v << 1) | bit();
        }
        return v;
    }

    /** Ends the header: drops the rest of the byte, and the stuffed byte after a final FF. */
    int align() {
        bitsLeft = 0;
        if (previousWasFF) {
            pos++;
            previousWasFF = false;
        }
        return pos;
    }
}
