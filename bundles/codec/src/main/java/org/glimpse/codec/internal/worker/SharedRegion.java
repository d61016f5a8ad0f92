package org.glimpse.codec.internal.worker;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file the workstation and a worker both map into memory: the encoded bytes go one way through one
 * region, the decoded values the other way through another, and the pipe carries only a few header
 * fields. The side that writes a region grows its file; the other side maps the larger file when a
 * request or a reply says it needs more. The native codecs read and write the mapping directly.
 */
final class SharedRegion implements AutoCloseable {
    /** Regions grow in steps of this many bytes, so that slightly larger frames do not remap each time. */
    private static final long STEP = 1 << 20;
    private final FileChannel channel;
    private final boolean writer;
    private MappedByteBuffer map;

    SharedRegion(Path file, boolean writer) throws IOException {
        this.writer = writer;
        this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.CREATE);
    }

    /** Where workers put their regions: memory-backed /dev/shm when there is one, else the temporary folder. */
    static Path folder() {
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm) ? shm
                : Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** The first {@code bytes} bytes, in this machine's byte order, position 0. */
    ByteBuffer region(long bytes) throws IOException {
        if (bytes > Integer.MAX_VALUE) {
            throw new IOException("a shared region of " + bytes + " bytes is more than one mapping holds");
        }
        if (map == null || map.capacity() < bytes) {
            long size = channel.size();
            if (writer && size < bytes) {
                size = Math.min(Integer.MAX_VALUE, (bytes + STEP - 1) / STEP * STEP);
                channel.write(ByteBuffer.allocate(1), size - 1);
            }
            if (size < bytes) {
                throw new IOException("shared region holds " + size + " bytes, " + bytes + " announced");
            }
            map = channel.map(FileChannel.MapMode.READ_WRITE, 0, size);
        }
        ByteBuffer b = map.duplicate().order(ByteOrder.nativeOrder());
        b.limit((int) bytes);
        return b;
    }

    /** The native address of the region (valid until the next {@link #region} call that grows it). */
    Pointer pointer() {
        return Native.getDirectBufferPointer(map);
    }

    @Override
    public void close() throws IOException {
        map = null;
        channel.close();
    }
}
