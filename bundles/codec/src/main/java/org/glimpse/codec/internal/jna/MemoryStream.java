package org.glimpse.codec.internal.jna;

import com.sun.jna.Pointer;

/**
 * Serves OpenJPEG's stream callbacks from the bytes held of one frame, in native or shared memory. The
 * callback objects are fields so that they stay reachable while native code holds their pointers.
 */
final class MemoryStream {
    private final Pointer data;
    private final long length;
    private long pos;
    final OpenJpegLibrary.ReadCallback read = this::read;
    final OpenJpegLibrary.SkipCallback skip = this::skip;
    final OpenJpegLibrary.SeekCallback seek = this::seek;

    MemoryStream(Pointer data, long length) {
        this.data = data;
        this.length = length;
    }

    private long read(Pointer buffer, long bytes, Pointer user) {
        if (pos >= length) {
            return -1;
        }
        long n = Math.min(bytes, length - pos);
        buffer.getByteBuffer(0, n).put(data.getByteBuffer(pos, n));
        pos += n;
        return n;
    }

    private long skip(long bytes, Pointer user) {
        long target = Math.max(0, Math.min(length, pos + bytes));
        long skipped = target - pos;
        pos = target;
        return skipped;
    }

    private int seek(long position, Pointer user) {
        if (position < 0 || position > length) {
            return 0;
        }
        pos = position;
        return 1;
    }
}
