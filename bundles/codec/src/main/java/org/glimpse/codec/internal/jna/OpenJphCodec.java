package org.glimpse.codec.internal.jna;

import com.sun.jna.Memory;
import com.sun.jna.ptr.IntByReference;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedPixels;
import org.glimpse.codec.internal.core.PixelLayout;

/**
 * Decodes HTJ2K with OpenJPH through the C shim. OpenJPH 0.9.0 can crash or loop on bad input (and on valid
 * multi-layer streams, OpenJPH #88): it only ever runs in a worker process.
 */
public final class OpenJphCodec {
    private final OpenJphLibrary lib;

    public OpenJphCodec(OpenJphLibrary lib) {
        this.lib = lib;
    }

    public String version() {
        int v = lib.glimpse_ojph_version();
        return (v / 10000) + "." + (v / 100 % 100) + "." + (v % 100);
    }

    public DecodedPixels decode(byte[] data, int length, boolean complete, int reduce, PixelDescriptor pixel)
            throws CodecException {
        long capacity = (long) pixel.rows() * pixel.columns() * pixel.samplesPerPixel();
        // one 16-bit plane goes straight into the frame's short[]: no int32 copy, no interleaving
        boolean direct = pixel.bitsAllocated() == 16 && pixel.samplesPerPixel() == 1;
        int bytes = direct ? 2 : 4;
        try (Memory in = new Memory(Math.max(1, length)); Memory out = new Memory(capacity * bytes);
                Memory err = new Memory(512)) {
            in.write(0, data, 0, length);
            err.clear();
            IntByReference w = new IntByReference();
            IntByReference h = new IntByReference();
            IntByReference n = new IntByReference();
            int rc = lib.glimpse_ojph_decode(in, length, reduce, complete ? 0 : 1, out, capacity, bytes, w, h, n, err,
                    512);
            if (rc != 0) {
                String msg = err.getString(0);
                throw new CodecException(Kind.MALFORMED, msg.isEmpty() ? "OpenJPH failed without a message" : msg);
            }
            if (n.getValue() != pixel.samplesPerPixel()) {
                throw new CodecException(Kind.MALFORMED, "OpenJPH decoded " + n.getValue()
                        + " components, DICOM SamplesPerPixel is " + pixel.samplesPerPixel());
            }
            int plane = w.getValue() * h.getValue();
            if (direct) {
                short[] values = out.getShortArray(0, plane);
                return new DecodedPixels(w.getValue(), h.getValue(), 1, reduce,
                        new PixelBuffer.Shorts(values, pixel.signed()));
            }
            int[][] planes = new int[n.getValue()][];
            for (int c = 0; c < planes.length; c++) {
                planes[c] = out.getIntArray((long) c * plane * 4, plane);
            }
            return new DecodedPixels(w.getValue(), h.getValue(), planes.length, reduce,
                    PixelLayout.interleave(planes, w.getValue(), h.getValue(), pixel));
        }
    }
}
