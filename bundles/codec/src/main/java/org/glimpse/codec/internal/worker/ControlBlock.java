package org.glimpse.codec.internal.worker;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedSize;

/**
 * One page both processes map: a request's fields and a reply's, and the sequence words each side watches.
 * The workstation publishes a request by raising the request word after writing the fields; the worker
 * answers by setting the reply word to it. A side that waits watches the other's word for a moment and
 * then says it is parked and blocks on its pipe: the other side writes one byte there only when it sees
 * that flag (each side sets its flag, then reads the other's word, so one of the two always sees the other).
 * A decode followed at once by the next request thus never goes through the kernel's pipes.
 */
final class ControlBlock implements AutoCloseable {
    static final int BYTES = 4096;
    private static final VarHandle INT = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.nativeOrder());
    // each word on its own cache line: the two sides write them
    private static final int REQUEST = 0;
    private static final int REPLY = 64;
    private static final int WORKER_PARKED = 128;
    private static final int CLIENT_PARKED = 192;
    private static final int JOB = 256;
    private static final int PHOTOMETRIC_MAX = 64;
    private static final int RESULT = 512;
    private static final int MESSAGE = RESULT + 48;
    private static final int MESSAGE_MAX = BYTES - MESSAGE;
    private static final int OK = 0;
    private static final int FAILED = 1;

    private final FileChannel channel;
    private final ByteBuffer page;

    ControlBlock(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.CREATE);
        if (channel.size() < BYTES) {
            channel.write(ByteBuffer.allocate(1), BYTES - 1);
        }
        MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_WRITE, 0, BYTES);
        page = map.order(ByteOrder.nativeOrder());
    }

    int request() {
        return (int) INT.getVolatile(page, REQUEST);
    }

    void publishRequest(int sequence) {
        INT.setVolatile(page, REQUEST, sequence);
    }

    int reply() {
        return (int) INT.getVolatile(page, REPLY);
    }

    void publishReply(int sequence) {
        INT.setVolatile(page, REPLY, sequence);
    }

    boolean workerParked() {
        return (int) INT.getVolatile(page, WORKER_PARKED) != 0;
    }

    void workerParked(boolean parked) {
        INT.setVolatile(page, WORKER_PARKED, parked ? 1 : 0);
    }

    boolean clientParked() {
        return (int) INT.getVolatile(page, CLIENT_PARKED) != 0;
    }

    void clientParked(boolean parked) {
        INT.setVolatile(page, CLIENT_PARKED, parked ? 1 : 0);
    }

    void writeJob(DecodeJob r) {
        PixelDescriptor p = r.pixel();
        int[] fields = {r.codec().ordinal(), r.complete() ? 1 : 0, r.reduce(), r.threads(), p.rows(), p.columns(),
            p.samplesPerPixel(), p.bitsAllocated(), p.bitsStored(), p.pixelRepresentation(), p.planarConfiguration(),
            r.reduced() ? 1 : 0, r.length()};
        for (int i = 0; i < fields.length; i++) {
            page.putInt(JOB + 4 * i, fields[i]);
        }
        byte[] pi = p.photometricInterpretation().getBytes(StandardCharsets.US_ASCII);
        int n = Math.min(pi.length, PHOTOMETRIC_MAX);
        page.putInt(JOB + 4 * fields.length, n);
        page.put(JOB + 4 * fields.length + 4, pi, 0, n);
    }

    DecodeJob readJob() {
        int[] f = new int[13];
        for (int i = 0; i < f.length; i++) {
            f[i] = page.getInt(JOB + 4 * i);
        }
        int n = Math.max(0, Math.min(PHOTOMETRIC_MAX, page.getInt(JOB + 4 * f.length)));
        byte[] pi = new byte[n];
        page.get(JOB + 4 * f.length + 4, pi, 0, n);
        PixelDescriptor p = new PixelDescriptor(f[4], f[5], f[6], f[7], f[8], f[9],
                new String(pi, StandardCharsets.US_ASCII), f[10]);
        return new DecodeJob(CodecId.values()[f[0]], f[12], f[1] != 0, f[2], f[3], p, f[11] != 0);
    }

    /** The reply to a decode whose values are in the shared output region. */
    void writeResult(DecodedSize size, long workerNanos) {
        page.putInt(RESULT, OK);
        page.putInt(RESULT + 4, size.width());
        page.putInt(RESULT + 8, size.height());
        page.putInt(RESULT + 12, size.samples());
        page.putInt(RESULT + 16, size.reduce());
        page.putLong(RESULT + 24, workerNanos);
    }

    void writeFailure(Kind kind, String message, long workerNanos) {
        byte[] m = message.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(m.length, MESSAGE_MAX);
        page.putInt(RESULT, FAILED);
        page.putInt(RESULT + 4, kind.ordinal());
        page.putInt(RESULT + 8, n);
        page.putLong(RESULT + 24, workerNanos);
        page.put(MESSAGE, m, 0, n);
    }

    /** Nanoseconds the worker spent on the last request, from seeing it to answering it. */
    long workerNanos() {
        return page.getLong(RESULT + 24);
    }

    /** Reads a reply; a failure reply becomes the worker's CodecException. */
    DecodedSize readReply() throws CodecException {
        if (page.getInt(RESULT) != OK) {
            Kind[] kinds = Kind.values();
            int k = page.getInt(RESULT + 4);
            int n = Math.max(0, Math.min(MESSAGE_MAX, page.getInt(RESULT + 8)));
            byte[] m = new byte[n];
            page.get(MESSAGE, m, 0, n);
            throw new CodecException(k >= 0 && k < kinds.length ? kinds[k] : Kind.MALFORMED,
                    new String(m, StandardCharsets.UTF_8));
        }
        int w = page.getInt(RESULT + 4);
        int h = page.getInt(RESULT + 8);
        int samples = page.getInt(RESULT + 12);
        if (w < 1 || h < 1 || samples < 1) {
            throw new CodecException(Kind.MALFORMED, "the decoder process reported a " + w + "×" + h + "×" + samples
                    + " image");
        }
        return new DecodedSize(w, h, samples, page.getInt(RESULT + 16));
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
