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
 * The pages both processes map: a header with the parked flags and the request the worker runs, then one page
 * per request slot with a request's fields, a reply's, and the sequence words each side watches. Requests are
 * numbered 1, 2, 3… per worker and run in that order; the workstation publishes one by writing its slot's
 * fields and then its number, the worker answers by setting the slot's reply word to it. With two slots the
 * next frame's request is in place while the worker decodes the current one, so the worker goes from one to
 * the next without waiting for the workstation.
 *
 * <p>A side that waits watches the other's words for a moment and then says it is parked and blocks on its
 * pipe: the other side writes one byte there only when it sees that flag (each side sets its flag, then reads
 * the other's word, so one of the two always sees the other).
 */
final class ControlBlock implements AutoCloseable {
    static final int SLOTS = 2;
    private static final int PAGE = 4096;
    static final int BYTES = PAGE * (1 + SLOTS);
    private static final VarHandle INT = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.nativeOrder());
    private static final VarHandle LONG = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());
    // each word on its own cache line: the two sides write them
    private static final int WORKER_PARKED = 0;
    private static final int CLIENT_PARKED = 64;
    private static final int STARTED = 128;
    private static final int READY_UNTIL = 192;
    private static final int REQUEST = 0;
    private static final int REPLY = 64;
    private static final int CANCEL = 128;
    private static final int JOB = 256;
    private static final int PHOTOMETRIC_MAX = 64;
    private static final int RESULT = 512;
    private static final int MESSAGE = RESULT + 48;
    private static final int MESSAGE_MAX = PAGE - MESSAGE;
    private static final int OK = 0;
    private static final int FAILED = 1;
    private static final int JOB_FIELDS = 13;

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

    private static int at(int slot, int field) {
        return PAGE * (1 + slot) + field;
    }

    private int word(int offset) {
        return (int) INT.getVolatile(page, offset);
    }

    private void word(int offset, int value) {
        INT.setVolatile(page, offset, value);
    }

    /** The number of the request in {@code slot} (0 before the first). */
    int request(int slot) {
        return word(at(slot, REQUEST));
    }

    void publishRequest(int slot, int sequence) {
        word(at(slot, REQUEST), sequence);
    }

    /** The number of the last request answered in {@code slot}. */
    int reply(int slot) {
        return word(at(slot, REPLY));
    }

    void publishReply(int slot, int sequence) {
        word(at(slot, REPLY), sequence);
    }

    /** The workstation no longer wants request {@code sequence}: a worker that has not started it skips it. */
    void cancel(int slot, int sequence) {
        word(at(slot, CANCEL), sequence);
    }

    boolean cancelled(int slot, int sequence) {
        return word(at(slot, CANCEL)) == sequence;
    }

    /** The request the worker runs now or ran last (set before it looks at the request's cancel word). */
    int started() {
        return word(STARTED);
    }

    void started(int sequence) {
        word(STARTED, sequence);
    }

    boolean workerParked() {
        return word(WORKER_PARKED) != 0;
    }

    void workerParked(boolean parked) {
        word(WORKER_PARKED, parked ? 1 : 0);
    }

    /**
     * The {@link System#nanoTime()} (CLOCK_MONOTONIC, one clock for both processes) until which the worker watches
     * for requests instead of blocking on its pipe, because a load began; 0 when none.
     */
    long readyUntil() {
        return (long) LONG.getVolatile(page, READY_UNTIL);
    }

    void readyUntil(long nanos) {
        LONG.setVolatile(page, READY_UNTIL, nanos);
    }

    boolean clientParked() {
        return word(CLIENT_PARKED) != 0;
    }

    void clientParked(boolean parked) {
        word(CLIENT_PARKED, parked ? 1 : 0);
    }

    /**
     * @param watchNanos how long the worker may watch for the next request after answering this one before it
     *        blocks (0 when the cores are busy: a watching worker would take one from the other decodes)
     */
    void writeJob(int slot, DecodeJob r, long watchNanos) {
        PixelDescriptor p = r.pixel();
        int base = at(slot, JOB);
        page.putInt(base, r.codec().ordinal());
        page.putInt(base + 4, r.complete() ? 1 : 0);
        page.putInt(base + 8, r.reduce());
        page.putInt(base + 12, r.threads());
        page.putInt(base + 16, p.rows());
        page.putInt(base + 20, p.columns());
        page.putInt(base + 24, p.samplesPerPixel());
        page.putInt(base + 28, p.bitsAllocated());
        page.putInt(base + 32, p.bitsStored());
        page.putInt(base + 36, p.pixelRepresentation());
        page.putInt(base + 40, p.planarConfiguration());
        page.putInt(base + 44, r.reduced() ? 1 : 0);
        page.putInt(base + 48, r.length());
        page.putLong(base + 4 * JOB_FIELDS + 4 + PHOTOMETRIC_MAX, watchNanos);
        String pi = p.photometricInterpretation();
        int n = Math.min(pi.length(), PHOTOMETRIC_MAX);
        page.putInt(base + 4 * JOB_FIELDS, n);
        for (int i = 0; i < n; i++) {
            page.put(base + 4 * JOB_FIELDS + 4 + i, (byte) pi.charAt(i));
        }
    }

    DecodeJob readJob(int slot) {
        int base = at(slot, JOB);
        int[] f = new int[JOB_FIELDS];
        for (int i = 0; i < f.length; i++) {
            f[i] = page.getInt(base + 4 * i);
        }
        int n = Math.max(0, Math.min(PHOTOMETRIC_MAX, page.getInt(base + 4 * f.length)));
        byte[] pi = new byte[n];
        page.get(base + 4 * f.length + 4, pi, 0, n);
        PixelDescriptor p = new PixelDescriptor(f[4], f[5], f[6], f[7], f[8], f[9],
                new String(pi, StandardCharsets.US_ASCII), f[10]);
        return new DecodeJob(CodecId.values()[f[0]], f[12], f[1] != 0, f[2], f[3], p, f[11] != 0);
    }

    /** How long the worker may watch for the next request after answering the one in {@code slot}. */
    long watchNanos(int slot) {
        return page.getLong(at(slot, JOB) + 4 * JOB_FIELDS + 4 + PHOTOMETRIC_MAX);
    }

    /** The reply to a decode whose values are in the slot's shared output region. */
    void writeResult(int slot, DecodedSize size, long workerNanos) {
        int base = at(slot, RESULT);
        page.putInt(base, OK);
        page.putInt(base + 4, size.width());
        page.putInt(base + 8, size.height());
        page.putInt(base + 12, size.samples());
        page.putInt(base + 16, size.reduce());
        page.putLong(base + 24, workerNanos);
    }

    void writeFailure(int slot, Kind kind, String message, long workerNanos) {
        byte[] m = message.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(m.length, MESSAGE_MAX);
        int base = at(slot, RESULT);
        page.putInt(base, FAILED);
        page.putInt(base + 4, kind.ordinal());
        page.putInt(base + 8, n);
        page.putLong(base + 24, workerNanos);
        page.put(at(slot, MESSAGE), m, 0, n);
    }

    /** Nanoseconds the worker spent on the slot's last request, from seeing it to answering it. */
    long workerNanos(int slot) {
        return page.getLong(at(slot, RESULT) + 24);
    }

    /** Reads a slot's reply; a failure reply becomes the worker's CodecException. */
    DecodedSize readReply(int slot) throws CodecException {
        int base = at(slot, RESULT);
        if (page.getInt(base) != OK) {
            Kind[] kinds = Kind.values();
            int k = page.getInt(base + 4);
            int n = Math.max(0, Math.min(MESSAGE_MAX, page.getInt(base + 8)));
            byte[] m = new byte[n];
            page.get(at(slot, MESSAGE), m, 0, n);
            throw new CodecException(k >= 0 && k < kinds.length ? kinds[k] : Kind.MALFORMED,
                    new String(m, StandardCharsets.UTF_8));
        }
        int w = page.getInt(base + 4);
        int h = page.getInt(base + 8);
        int samples = page.getInt(base + 12);
        if (w < 1 || h < 1 || samples < 1) {
            throw new CodecException(Kind.MALFORMED, "the decoder process reported a " + w + "×" + h + "×" + samples
                    + " image");
        }
        return new DecodedSize(w, h, samples, page.getInt(base + 16));
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
