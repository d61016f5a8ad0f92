package org.glimpse.server.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.io.RetainableByteBuffer;

/**
 * A response body as a list of byte strings and file regions, so that byte ranges can be cut from it
 * (of the representation sent, or of the frame alone) before any byte is read from disk.
 */
final class Body {
    /** Regions above this are memory-mapped and written without a copy through user space. */
    private static final int MAP_THRESHOLD = 1 << 20;

    private sealed interface Segment permits Bytes, Region {
        long length();

        Segment slice(long from, long to);
    }

    private record Bytes(byte[] bytes, int offset, long length) implements Segment {
        @Override
        public Segment slice(long from, long to) {
            return new Bytes(bytes, offset + (int) from, to - from);
        }
    }

    private record Region(Path file, long offset, long length) implements Segment {
        @Override
        public Segment slice(long from, long to) {
            return new Region(file, offset + from, to - from);
        }
    }

    private final List<Segment> segments = new ArrayList<>();

    Body bytes(byte[] bytes) {
        segments.add(new Bytes(bytes, 0, bytes.length));
        return this;
    }

    Body region(Path file, long offset, long length) {
        segments.add(new Region(file, offset, length));
        return this;
    }

    /** Appends the segments of {@code other} (a slice of another body, say). */
    Body append(Body other) {
        segments.addAll(other.segments);
        return this;
    }

    long length() {
        long n = 0;
        for (Segment s : segments) {
            n += s.length();
        }
        return n;
    }

    /** Bytes {@code first..last} (inclusive) of this body. */
    Body slice(long first, long last) {
        Body out = new Body();
        long start = 0;
        for (Segment s : segments) {
            long end = start + s.length();
            long from = Math.max(first, start);
            long to = Math.min(last + 1, end);
            if (from < to) {
                out.segments.add(s.slice(from - start, to - start));
            }
            start = end;
        }
        return out;
    }

    /** Writes to {@code channel}, or to {@code stream} when a transformation (gzip) sits in between. */
    void write(ByteBufferPool pool, BodyChannel channel, OutputStream stream) throws IOException {
        for (Segment s : segments) {
            if (s instanceof Bytes b) {
                emit(ByteBuffer.wrap(b.bytes(), b.offset(), (int) b.length()), channel, stream);
            } else if (s instanceof Region r && r.length() > 0) {
                try (FileChannel file = FileChannel.open(r.file())) {
                    if (r.length() > MAP_THRESHOLD) {
                        emit(file.map(FileChannel.MapMode.READ_ONLY, r.offset(), r.length()), channel, stream);
                    } else {
                        emitRead(file, r.offset(), (int) r.length(), pool, channel, stream);
                    }
                }
            }
        }
    }

    /** Small regions are read into a pooled buffer: mapping costs two system calls and lingers until a GC. */
    private static void emitRead(FileChannel file, long position, int length, ByteBufferPool pool,
            BodyChannel channel, OutputStream stream) throws IOException {
        RetainableByteBuffer.Mutable pooled = pool.acquire(length, true);
        try {
            ByteBuffer buffer = pooled.getByteBuffer();
            buffer.clear().limit(length);
            while (buffer.hasRemaining()) {
                if (file.read(buffer, position + buffer.position()) < 0) {
                    throw new IOException("frame file ended before byte " + (position + length));
                }
            }
            buffer.flip();
            emit(buffer, channel, stream);
        } finally {
            pooled.release();
        }
    }

    private static void emit(ByteBuffer buffer, BodyChannel channel, OutputStream stream) throws IOException {
        if (channel != null) {
            channel.write(buffer);
            return;
        }
        byte[] chunk = new byte[65536];
        while (buffer.hasRemaining()) {
            int n = Math.min(chunk.length, buffer.remaining());
            buffer.get(chunk, 0, n);
            stream.write(chunk, 0, n);
        }
    }
}
