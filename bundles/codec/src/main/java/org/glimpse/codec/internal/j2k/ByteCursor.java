package org.glimpse.codec.internal.j2k;

/** Big-endian reads over the held prefix {@code [0, limit)}; running past it throws a truncated CodestreamException. */
final class ByteCursor {
    private final byte[] data;
    private final int limit;
    private int pos;

    ByteCursor(byte[] data, int limit, int pos) {
        this.data = data;
        this.limit = limit;
        this.pos = pos;
    }

    int position() {
        return pos;
    }

    int limit() {
        return limit;
    }

    void seek(int p) {
        pos = p;
    }

    boolean has(int n) {
        return pos + (long) n <= limit;
    }

    int u8() throws CodestreamException {
        need(1);
        return data[pos++] & 0xFF;
    }

    int u16() throws CodestreamException {
        need(2);
        int v = ((data[pos] & 0xFF) << 8) | (data[pos + 1] & 0xFF);
        pos += 2;
        return v;
    }

    long u32() throws CodestreamException {
        need(4);
        long v = ((long) (data[pos] & 0xFF) << 24) | ((data[pos + 1] & 0xFF) << 16) | ((data[pos + 2] & 0xFF) << 8)
                | (data[pos + 3] & 0xFF);
        pos += 4;
        return v;
    }

    int peekU16() {
        if (pos + 2 > limit) {
            return -1;
        }
        return ((data[pos] & 0xFF) << 8) | (data[pos + 1] & 0xFF);
    }

    void skip(int n) throws CodestreamException {
        need(n);
        pos += n;
    }

    private void need(int n) throws CodestreamException {
        if (pos + (long) n > limit) {
            throw CodestreamException.truncatedAt(pos, limit);
        }
    }
}
