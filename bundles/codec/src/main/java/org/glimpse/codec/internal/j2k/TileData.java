package org.glimpse.codec.internal.j2k;

import java.util.List;

/**
 * The packet data of one tile, its tile-parts' bodies seen as one sequence (packets never straddle
 * tile-parts, but positions do): logical positions map back to byte offsets in the codestream.
 */
final class TileData {
    private final byte[] bytes;
    private final int held;
    private final long[] starts;
    private final long[] ends;
    private final long[] logicalStarts;
    private final boolean allPartsKnown;

    TileData(byte[] bytes, int held, List<TilePart> parts, boolean allPartsKnown) {
        this.bytes = bytes;
        this.held = held;
        this.allPartsKnown = allPartsKnown;
        int n = parts.size();
        starts = new long[n];
        ends = new long[n];
        logicalStarts = new long[n + 1];
        for (int i = 0; i < n; i++) {
            TilePart p = parts.get(i);
            starts[i] = p.dataStart();
            ends[i] = p.dataEnd() < 0 ? Long.MAX_VALUE / 4 : p.dataEnd();
            logicalStarts[i + 1] = logicalStarts[i] + (ends[i] - starts[i]);
        }
    }

    /** Byte at a logical position, or -1 when it is not held (yet). */
    int byteAt(long logical) {
        long abs = absolute(logical);
        if (abs < 0 || abs >= held) {
            return -1;
        }
        return bytes[(int) abs] & 0xFF;
    }

    /** Codestream offset of a logical position; -1 past the last tile-part known. */
    long absolute(long logical) {
        for (int i = 0; i < starts.length; i++) {
            if (logical < logicalStarts[i + 1]) {
                return starts[i] + (logical - logicalStarts[i]);
            }
        }
        if (logical == logicalStarts[starts.length] && starts.length > 0) {
            return ends[starts.length - 1];
        }
        return -1;
    }

    /** Codestream offset just after a packet ending at logical position {@code end} (exclusive). */
    long absoluteEnd(long end) {
        for (int i = 0; i < starts.length; i++) {
            if (end <= logicalStarts[i + 1]) {
                return starts[i] + (end - logicalStarts[i]);
            }
        }
        return -1;
    }

    /** Whether the bytes up to logical {@code end} (exclusive) are all held. */
    boolean holds(long end) {
        long abs = absoluteEnd(end);
        return abs >= 0 && abs <= held;
    }

    long logicalLength() {
        return logicalStarts[starts.length];
    }

    boolean allPartsKnown() {
        return allPartsKnown;
    }
}
