package org.glimpse.codec.internal.worker;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file both a worker and the workstation map into memory: decoded pixels (up to tens of MB a frame) pass
 * through it instead of the pipe, which then carries only the reply header. One file per worker; the
 * mapping grows to the largest frame seen.
 */
final class SharedPixels implements AutoCloseable {
    private final FileChannel channel;
    private final boolean writer;
    private MappedByteBuffer map;

    SharedPixels(Path file, boolean writer) throws IOException {
        this.writer = writer;
        this.channel = writer
                ? FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.CREATE)
                : FileChannel.open(file, StandardOpenOption.READ);
    }

    /** The first {@code bytes} bytes of the file, in this machine's byte order. */
    ByteBuffer region(long bytes) throws IOException {
        if (map == null || map.capacity() < bytes) {
            if (writer && channel.size() < bytes) {
                channel.write(ByteBuffer.allocate(1), bytes - 1);
            }
            map = channel.map(writer ? FileChannel.MapMode.READ_WRITE : FileChannel.MapMode.READ_ONLY, 0, bytes);
        }
        ByteBuffer b = map.duplicate().order(ByteOrder.nativeOrder());
        b.limit((int) bytes);
        return b;
    }

    @Override
    public void close() throws IOException {
        map = null;
        channel.close();
    }
}
