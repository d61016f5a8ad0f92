package org.glimpse.codec.internal.jna;

import com.sun.jna.Pointer;

/**
 * Serves OpenJPEG's stream callbacks from the bytes held of one frame, in native or shared memory. The
 * callback objects are fields so that they stay reachable while native code holds their pointers, and one
 * stream serves one thread's decodes one after the other ({@link #reset}): JNA makes a native trampoline for
 * each new callback object, which cost more than a small decode.
 */
final class MemoryStream {
    private Pointer data;
    private long length;
    private long pos;
    final OpenJpegLibrary.ReadCallback read = this::read;
    final OpenJpegLibrary.SkipCallback skip = this::skip;
    final OpenJpegLibrary.SeekCallback seek = this::seek;

    /** Serves {@code length} bytes at {@code data} from the start. */
    MemoryStream reset(Pointer data, long length) {
        this.data = data;
        this.length = length;
        this.pos = 0;
        return this;
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
