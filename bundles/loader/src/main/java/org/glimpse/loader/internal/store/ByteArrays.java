package org.glimpse.loader.internal.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * A series' arrays for encoded bytes, given back once a frame is final and no decode reads them, and taken again
 * by frames still to come: a volume's encoded bytes (about half its pixel bytes for lossless data) then cost the
 * arrays of the frames in flight, not one garbage array per frame. Arrays are allocated with an eighth more room
 * than asked (rounded to 4 KB), so that the next frame's bytes, of about the same size, fit. Used under the
 * series load's lock.
 */
public final class ByteArrays {

    private static final int ROUND = 4_096;
    private final List<byte[]> free = new ArrayList<>();
    private final LongSupplier keepAtMost;
    private long kept;

    /** @param keepAtMost bytes of free arrays kept for reuse; arrays given back beyond it are let go */
    public ByteArrays(long keepAtMost) {
        this(() -> keepAtMost);
    }

    /**
     * @param keepAtMost bytes of free arrays kept for reuse, asked at each give (a load keeps what its window on
     *        undecoded bytes may hold, which follows the decode rate)
     */
    public ByteArrays(LongSupplier keepAtMost) {
        this.keepAtMost = keepAtMost;
    }

    /** An array of at least {@code length} bytes (a free one no more than twice that, else a new one). */
    public byte[] take(int length) {
        return take(length, true);
    }

    /**
     * … a new one of exactly {@code length} bytes: for bytes that will not grow in it and that no other frame's
     * bytes will reuse at a slightly larger size (a first look's first range, copied out when its rest comes).
     */
    public byte[] takeExactly(int length) {
        return take(length, false);
    }

    private byte[] take(int length, boolean room) {
        int best = -1;
        for (int i = 0; i < free.size(); i++) {
            int n = free.get(i).length;
            if (n >= length && n <= 2L * length && (best < 0 || n < free.get(best).length)) {
                best = i;
            }
        }
        if (best >= 0) {
            byte[] a = free.remove(best);
            kept -= a.length;
            return a;
        }
        if (!room) {
            return new byte[length];
        }
        long rounded = Math.min((long) Integer.MAX_VALUE - 8, ((length + length / 8L) + ROUND - 1) / ROUND * ROUND);
        return new byte[(int) Math.max(length, rounded)];
    }

    /** Gives an array back; nothing may read or write it any more. */
    public void give(byte[] a) {
        if (a != null && kept + a.length <= keepAtMost.getAsLong()) {
            free.add(a);
            kept += a.length;
        }
    }

    /** Lets every free array go. */
    public void clear() {
        free.clear();
        kept = 0;
    }

    /** Bytes of free arrays kept. */
    public long kept() {
        return kept;
    }
}
