package org.glimpse.loader.internal.load;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The bytes held for one stored form of a frame (one frames path and query), in order from byte 0. Bytes are
 * only ever appended, so a decode reading {@code [0, length)} of the current array is never disturbed by bytes
 * arriving later (a grown array is a new one).
 */
final class FormBytes {

    private byte[] data;
    private int length;
    private long frameLength = -1;
    private String transferSyntaxUid;
    private boolean wholeDecodeAsked;
    private int inspectedAt = -1;
    private int inspectedReduce = -1;
    private int inspectedDecompositions;

    FormBytes(long expectedLength) {
        data = new byte[(int) Math.min(Math.max(expectedLength, 4_096), Integer.MAX_VALUE - 8)];
    }

    /** Appends bytes at {@code offset}; bytes already held are skipped, a gap is an error naming both ends. */
    void append(long offset, ByteBuffer chunk) {
        int n = chunk.remaining();
        if (offset > length) {
            throw new IllegalStateException("bytes from " + offset + " arrived while only " + length + " are held");
        }
        int skip = (int) (length - offset);
        if (skip >= n) {
            return;
        }
        chunk.position(chunk.position() + skip);
        int add = n - skip;
        if (length + add > data.length) {
            data = Arrays.copyOf(data, (int) Math.min(Math.max((long) data.length * 2, length + add),
                    Integer.MAX_VALUE - 8));
        }
        chunk.get(data, length, add);
        length += add;
    }

    /** Grows the store once to {@code n} bytes when the frame's length is known, instead of doubling up to it. */
    void reserve(long n) {
        if (n > data.length && n < Integer.MAX_VALUE - 8) {
            data = Arrays.copyOf(data, (int) n);
        }
    }

    byte[] data() {
        return data;
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
