package org.glimpse.loader.internal.load;

import java.nio.ByteBuffer;
import org.glimpse.loader.internal.store.ByteArrays;

/**
 * The bytes held for one stored form of a frame (one frames path and query), in order from byte 0. Bytes are
 * only ever appended, so a decode reading {@code [0, length)} of the current array is never disturbed by bytes
 * arriving later (a grown array is a new one). The bytes of a range asked ahead ({@link RangeAhead}) that come
 * before the range in front of them has ended wait beyond {@code length}, in the same array, and join the bytes
 * held once that range reaches them.
 */
final class FormBytes {

    /** Null until the first bytes arrive: a request waiting in the transport's queue holds no array. */
    private byte[] data;
    private int length;
    private int expected = 4_096;
    private long frameLength = -1;
    /** Bytes come ahead of those held: {@code [aheadFrom, aheadTo)}, or -1 when none. */
    private int aheadFrom = -1;
    private int aheadTo = -1;
    private String transferSyntaxUid;
    private boolean wholeDecodeAsked;
    private int inspectedAt = -1;
    private int inspectedReduce = -1;
    private int inspectedDecompositions;

    /** The first array's size at most: {@link #FIRST_LOOK} for a first look, else what is coming. */
    private int firstArray = Integer.MAX_VALUE;

    private final ByteArrays arrays;

    /**
     * A first look's first array: its first bytes land in it and their first level is decoded at once; the array
     * for the whole range or frame (7 MB for a 3036² frame, a humongous allocation that took up to 100 ms with
     * the collection it set off on a busy machine) is taken when it is full, after that decode went out.
     */
    static final int FIRST_LOOK = 65_536;

    /** @param arrays where the store takes its arrays from (and gives them back to, see {@link #recycle()}) */
    FormBytes(long expectedLength, ByteArrays arrays) {
        this.arrays = arrays;
        reserve(expectedLength);
    }

    /** Appends bytes at {@code offset}; bytes already held are skipped, a gap is an error naming both ends. */
    void append(long offset, ByteBuffer chunk) {
        int n = chunk.remaining();
        if (offset > length) {
            throw new IllegalStateException("bytes from " + offset + " arrived while only " + length + " are held");
        }
        appendHeld(offset, chunk, n);
        if (aheadFrom >= 0 && length >= aheadFrom) {
            // the range in front reached the bytes that came ahead: they are held now
            length = Math.max(length, aheadTo);
            dropAhead();
        }
    }

    /**
     * Keeps bytes of a range asked ahead, starting at {@code first}, that come before the bytes in front of them
     * are all held: they wait beyond the bytes held. Bytes that join the held ones are appended.
     *
     * @param first the ahead range's first byte
     */
    void appendAhead(long first, long offset, ByteBuffer chunk) {
        if (offset <= length) {
            append(offset, chunk);
            return;
        }
        int n = chunk.remaining();
        if (aheadFrom < 0) {
            aheadFrom = (int) first;
            aheadTo = aheadFrom;
        }
        if (offset != aheadTo) {
            throw new IllegalStateException("bytes from " + offset + " came ahead while " + aheadFrom + " to "
                    + aheadTo + " were");
        }
        ensure(aheadTo + n);
        chunk.get(data, aheadTo, n);
        aheadTo += n;
    }

    /** Forgets the bytes that came ahead and are not held yet (their request failed or ended short). */
    void dropAhead() {
        aheadFrom = -1;
        aheadTo = -1;
    }

    /** Room for bytes up to {@code end}: the array grows to what is expected, or doubles. */
    private void ensure(long end) {
        if (data == null) {
            data = arrays.take((int) Math.max(expected, end));
        } else if (end > data.length) {
            grow((int) Math.min(expected >= end ? expected : Math.max((long) data.length * 2, end),
                    Integer.MAX_VALUE - 8));
        }
    }

    private void appendHeld(long offset, ByteBuffer chunk, int n) {
        int skip = (int) (length - offset);
        if (skip >= n) {
            return;
        }
        chunk.position(chunk.position() + skip);
        int add = n - skip;
        if (data == null) {
            int first = Math.max(Math.min(expected, firstArray), add);
            // a first look's array only ever holds its first range: no room for growth or reuse
            data = first <= firstArray && firstArray == FIRST_LOOK ? arrays.takeExactly(first) : arrays.take(first);
        } else {
            ensure(length + add);
        }
        chunk.get(data, length, add);
        length += add;
    }

    /** The frame shows nothing yet: its first bytes go into a small array (see {@link #FIRST_LOOK}). */
    void firstLook() {
        firstArray = FIRST_LOOK;
    }

    /**
     * Says the store will hold {@code n} bytes (the frame's length, or a range's end): it grows once to that when
     * the bytes come, instead of doubling up to it, and not before, so that a request still waiting in the
     * transport's queue holds no memory.
     */
    void reserve(long n) {
        if (n < Integer.MAX_VALUE - 8) {
            expected = (int) Math.max(expected, n);
        }
    }

    /**
     * A larger array: the old one is not given back, since a decode submitted before may still read it (a grown
     * array is a new one, so that bytes arriving later never disturb a decode).
     */
    private void grow(int n) {
        byte[] bigger = arrays.take(n);
        System.arraycopy(data, 0, bigger, 0, length);
        // none yet when the first bytes ahead make the array grow: they may start beyond the old array's end
        if (aheadTo > aheadFrom) {
            System.arraycopy(data, aheadFrom, bigger, aheadFrom, aheadTo - aheadFrom);
        }
        data = bigger;
    }

    /** Gives the array back for another frame's bytes: only once no decode of these bytes is in flight. */
    void recycle() {
        if (data != null) {
            arrays.give(data);
        }
        data = null;
        length = 0;
        dropAhead();
    }

    /** The bytes held (valid in {@code [0, length())}); an empty array before any arrived. */
    byte[] data() {
        return data == null ? new byte[0] : data;
    }

    int length() {
        return length;
    }

    /** The frame's whole length when a response said it, else -1. */
    long frameLength() {
        return frameLength;
    }

    void frameLength(long n) {
        if (n > 0) {
            frameLength = n;
        }
    }

    /** Whether every byte of the frame is held. */
    boolean complete() {
        return frameLength > 0 && length >= frameLength;
    }

    /** Marks the bytes held as the whole frame (a response that ended the frame without saying its length). */
    void completeAtLength() {
        frameLength = length;
    }

    /** Marks the whole-frame decode as asked for; false when it already was (it is asked once). */
    boolean askWholeDecode() {
        boolean first = !wholeDecodeAsked;
        wholeDecodeAsked = true;
        return first;
    }

    /** The reduce the inspector last found complete, when it looked at {@code minLength} bytes or more, else -2. */
    int inspectedReduce(int minLength) {
        return inspectedAt >= 0 && inspectedAt >= minLength ? inspectedReduce : -2;
    }

    int inspectedAt() {
        return inspectedAt;
    }

    void inspected(int at, int reduce, int decompositions) {
        inspectedAt = at;
        inspectedReduce = reduce;
        inspectedDecompositions = decompositions;
    }

    /** Decomposition levels the inspector found in the codestream, 0 before it looked. */
    int inspectedDecompositions() {
        return inspectedDecompositions;
    }

    String transferSyntaxUid() {
        return transferSyntaxUid;
    }

    void transferSyntaxUid(String ts) {
        transferSyntaxUid = ts;
    }
}
