package org.glimpse.codec.internal.j2k;

/**
 * Reads one packet (T.800 B.9, B.10; T.814 for HT code-block segments) and returns where it ends, without
 * decoding any code-block: the packet header gives each contribution's length.
 */
final class PacketHeaders {
    private final TileData data;
    private final CodingStyle[] styles;

    PacketHeaders(TileData data, CodingStyle[] styles) {
        this.data = data;
        this.styles = styles;
    }

    /** Returns the logical position just after the packet that starts at {@code pos}. */
    long read(long pos, Resolution res, PrecinctState prc, int layer) throws CodestreamException {
        CodingStyle style = styles[res.component];
        long p = pos;
        if (style.sopMarkers() && data.byteAt(p) == 0xFF && data.byteAt(p + 1) == 0x91) {
            p += 6;
        }
        PacketBits bits = new PacketBits(data, p);
        long body = 0;
        if (bits.bit() != 0) {
            for (int b = 0; b < prc.grid.length; b++) {
                body += readBand(bits, style, prc, b, layer);
            }
        }
        p = bits.align();
        if (style.ephMarkers()) {
            int b0 = data.byteAt(p);
            int b1 = data.byteAt(p + 1);
            if (b0 < 0 || b1 < 0) {
                throw CodestreamException.truncatedAt(data.absolute(p), -1);
            }
            if (b0 != 0xFF || b1 != 0x92) {
                throw CodestreamException.at(data.absolute(p), String.format(
                        "expected EPH after the packet header, found 0x%02X%02X", b0, b1));
            }
            p += 2;
        }
        return p + body;
    }

    private long readBand(PacketBits bits, CodingStyle style, PrecinctState prc, int b, int layer)
            throws CodestreamException {
        int cw = prc.grid[b][0];
        int ch = prc.grid[b][1];
        long body = 0;
        for (int i = 0; i < cw * ch; i++) {
            boolean included;
            boolean first = prc.passes[b][i] == 0;
            if (first) {
                included = prc.inclusion[b].decode(bits, i % cw, i / cw, layer + 1);
            } else {
                included = bits.bit() == 1;
            }
            if (!included) {
                continue;
            }
            if (first) {
                prc.zeroBitPlanes[b].decodeValue(bits, i % cw, i / cw);
            }
            int n = codingPasses(bits);
            while (bits.bit() == 1) {
                prc.lblock[b][i]++;
                if (prc.lblock[b][i] > 32) {
                    throw CodestreamException.at(bits.position(), "code-block length indicator above 32 bits");
                }
            }
            body += style.ht() ? htLengths(bits, prc, b, i, n) : lengths(bits, style, prc, b, i, n);
        }
        return body;
    }

    /** Part 15: the first contribution's cleanup pass is one segment, later passes share another. */
    private static long htLengths(PacketBits bits, PrecinctState prc, int b, int i, int n) throws CodestreamException {
        long body = 0;
        int left = n;
        if (prc.passes[b][i] == 0) {
            body += bits.bits(prc.lblock[b][i]);
            left--;
        }
        if (left > 0) {
            body += bits.bits(prc.lblock[b][i] + floorLog2(left));
        }
        prc.passes[b][i] += n;
        return body;
    }

    /** Part 1: passes fill codeword segments whose size the termination and bypass styles fix (B.10.7). */
    private static long lengths(PacketBits bits, CodingStyle style, PrecinctState prc, int b, int i, int n)
            throws CodestreamException {
        long body = 0;
        int left = n;
        while (left > 0) {
            if (prc.segmentMax[b][i] == 0 || prc.segmentPasses[b][i] == prc.segmentMax[b][i]) {
                prc.segmentMax[b][i] = segmentSize(style, prc.segments[b][i], prc.segmentMax[b][i]);
                prc.segmentPasses[b][i] = 0;
                prc.segments[b][i]++;
            }
            int take = Math.min(left, prc.segmentMax[b][i] - prc.segmentPasses[b][i]);
            body += bits.bits(prc.lblock[b][i] + floorLog2(take));
            prc.segmentPasses[b][i] += take;
            left -= take;
        }
        prc.passes[b][i] += n;
        return body;
    }

    private static int segmentSize(CodingStyle style, int index, int previous) {
        if ((style.codeBlockStyle() & CodingStyle.TERMALL) != 0) {
            return 1;
        }
        if ((style.codeBlockStyle() & CodingStyle.BYPASS) != 0) {
            if (index == 0) {
                return 10;
            }
            return previous == 1 || previous == 10 ? 2 : 1;
        }
        return 109;
    }

    /** Number of coding passes, Table B.4. */
    private static int codingPasses(PacketBits bits) throws CodestreamException {
        if (bits.bit() == 0) {
            return 1;
        }
        if (bits.bit() == 0) {
            return 2;
        }
        int v = (int) bits.bits(2);
        if (v < 3) {
            return 3 + v;
        }
        v = (int) bits.bits(5);
        if (v < 31) {
            return 6 + v;
        }
        return 37 + (int) bits.bits(7);
    }

    private static int floorLog2(int v) {
        return 31 - Integer.numberOfLeadingZeros(v);
    }
}
