package org.glimpse.codec.internal.jna;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.ByteBuffer;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedSize;
import org.glimpse.codec.internal.core.PixelOutput;
import org.glimpse.codec.internal.worker.DecodeJob;

/**
 * Decodes HTJ2K with OpenJPH through the C shim. OpenJPH 0.9.0 can crash or loop on bad input (and on valid
 * multi-layer streams, OpenJPH #88): it only ever runs in a worker process.
 */
public final class OpenJphCodec {
    private final OpenJphLibrary lib;
    private final ThreadLocal<Session> sessions = ThreadLocal.withInitial(Session::new);

    /** One thread's out-parameters (width, height, components) and message buffer, allocated once. */
    private static final class Session {
        final Memory size = new Memory(12);
        final Memory err = new Memory(ERR_BYTES);
    }

    private static final int ERR_BYTES = 512;

    public OpenJphCodec(OpenJphLibrary lib) {
        this.lib = lib;
        OpenJphDirect.bind(lib);
    }

    public String version() {
        int v = lib.glimpse_ojph_version();
        return (v / 10000) + "." + (v / 100 % 100) + "." + (v % 100);
    }

    /** One 16-bit plane goes from the input memory straight into the output: no int32 copy, no interleaving. */
    public DecodedSize decode(Pointer in, DecodeJob job, ByteBuffer out) throws CodecException {
        long capacity = job.maxValues();
        boolean direct = job.bytesPerValue() == 2 && job.pixel().samplesPerPixel() == 1;
        Session s = sessions.get();
        Memory err = s.err;
        long size = Pointer.nativeValue(s.size);
        try (Memory planes = direct ? null : new Memory(capacity * 4)) {
            err.setByte(0, (byte) 0);
            long to = Pointer.nativeValue(direct ? Native.getDirectBufferPointer(out) : planes);
            int rc = OpenJphDirect.glimpse_ojph_decode(Pointer.nativeValue(in), job.length(), job.reduce(),
                    job.complete() ? 0 : 1, to, capacity, direct ? 2 : 4, size, size + 4, size + 8,
                    Pointer.nativeValue(err), ERR_BYTES);
            if (rc != 0) {
                String msg = err.getString(0);
                throw new CodecException(Kind.MALFORMED, msg.isEmpty() ? "OpenJPH failed without a message" : msg);
            }
            int w = s.size.getInt(0);
            int h = s.size.getInt(4);
            int n = s.size.getInt(8);
            if (n != job.pixel().samplesPerPixel()) {
                throw new CodecException(Kind.MALFORMED, "OpenJPH decoded " + n + " components, DICOM SamplesPerPixel is "
                        + job.pixel().samplesPerPixel());
            }
            int plane = w * h;
            if (!direct) {
                IntBuffer[] p = new IntBuffer[n];
                for (int c = 0; c < p.length; c++) {
                    p[c] = planes.getByteBuffer((long) c * plane * 4, plane * 4L).order(ByteOrder.nativeOrder())
                            .asIntBuffer();
                }
                PixelOutput.planes(p, plane, out, job.bytesPerValue());
            }
            return new DecodedSize(w, h, n, job.reduce());
        }
    }
}
