package org.glimpse.codec.internal.jna;

import com.sun.jna.Pointer;

/**
 * Serves OpenJPEG's stream callbacks from a Java byte array (the bytes held of one frame). The callback
 * objects are fields so that they stay reachable while native code holds their pointers.
 */
final class MemoryStream {
    private final byte[] data;
    private final int length;
    private int pos;
    final OpenJpegLibrary.ReadCallback read = this::read;
    final OpenJpegLibrary.SkipCallback skip = this::skip;
    final OpenJpegLibrary.SeekCallback seek = this::seek;

    MemoryStream(byte[] data, int length) {
        this.data = data;
        this.length = length;
    }

    private long read(Pointer buffer, long bytes, Pointer user) {
        if (pos >= length) {
            return -1;
        }
        int n = (int) Math.min(bytes, length - pos);
        buffer.write(0, data, pos, n);
        pos += n;
        return n;
    }

    private long skip(long bytes, Pointer user) {
        long target = Math.max(0, Math.min(length, pos + bytes));
        long skipped = target - pos;
        pos = (int) target;
        return skipped;
    }

    private int seek(long position, Pointer user) {
        if (position < 0 || position > length) {
            return 0;
        }
        pos = (int) position;
        return 1;
    }
}
