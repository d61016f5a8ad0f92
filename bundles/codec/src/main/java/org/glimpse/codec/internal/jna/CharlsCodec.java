package org.glimpse.codec.internal.jna;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedSize;
import org.glimpse.codec.internal.core.HeaderGate;
import org.glimpse.codec.internal.core.PixelOutput;
import org.glimpse.codec.internal.worker.DecodeJob;

/**
 * Decodes JPEG-LS (lossless and near-lossless) with CharLS 2.4, straight from the input memory into the
 * output when the stream's layout is DICOM's (one component, or samples interleaved, at the output's width).
 * The frame header is checked against the DICOM header between read_header and decode: CharLS 2.4.1
 * overflows on oversized headers (GHSA-mqrg-gfc8-73ff), so nothing is allocated for a size DICOM does not
 * announce.
 */
public final class CharlsCodec {
    private static final int INTERLEAVE_NONE = 0;
    private static final int INTERLEAVE_SAMPLE = 2;
    private final CharlsLibrary lib;
    /**
     * charls_frame_info (width, height, bits per sample, component count) and the out-parameters, one set per
     * thread: a by-reference argument made per decode costs a malloc and a cleaner.
     */
    private static final class Session {
        final Memory frameInfo = new Memory(16);
        final IntByReference mode = new IntByReference();
        final LongByReference size = new LongByReference();
    }

    private final ThreadLocal<Session> sessions = ThreadLocal.withInitial(Session::new);

    public CharlsCodec(CharlsLibrary lib) {
        this.lib = lib;
    }

    public String version() {
        return lib.charls_get_version_string();
    }

    public DecodedSize decode(Pointer in, DecodeJob job, ByteBuffer out) throws CodecException {
        if (job.length() == 0) {
            throw new CodecException(Kind.INCOMPLETE, "JPEG-LS frame has no bytes");
        }
        Pointer decoder = lib.charls_jpegls_decoder_create();
        if (decoder == null) {
            throw new CodecException(Kind.UNAVAILABLE, "CharLS could not create a decoder");
        }
        try {
            check(lib.charls_jpegls_decoder_set_source_buffer(decoder, in, job.length()), "set_source_buffer");
            check(lib.charls_jpegls_decoder_read_header(decoder), "read_header");
            Session session = sessions.get();
            Memory info = session.frameInfo;
            check(lib.charls_jpegls_decoder_get_frame_info(decoder, info), "get_frame_info");
            int w = info.getInt(0);
            int h = info.getInt(4);
            int bits = info.getInt(8);
            int comps = info.getInt(12);
            HeaderGate.check("JPEG-LS SOF55", Integer.toUnsignedLong(w), Integer.toUnsignedLong(h), comps, bits,
                    job.pixel(), job.reduced());
            IntByReference mode = session.mode;
            check(lib.charls_jpegls_decoder_get_interleave_mode(decoder, mode), "get_interleave_mode");
            LongByReference size = session.size;
            check(lib.charls_jpegls_decoder_get_destination_size(decoder, 0, size), "get_destination_size");
            int bps = bits > 8 ? 2 : 1;
            long expected = (long) w * h * comps * bps;
            if (size.getValue() != expected) {
                throw new CodecException(Kind.MALFORMED, "CharLS wants a " + size.getValue() + "-byte buffer for "
                        + w + "×" + h + "×" + comps + " at " + bits + " bits, expected " + expected);
            }
            boolean direct = bps == job.bytesPerValue() && (comps == 1 || mode.getValue() == INTERLEAVE_SAMPLE);
            if (direct) {
                check(lib.charls_jpegls_decoder_decode_to_buffer(decoder, Native.getDirectBufferPointer(out),
                        expected, 0), "decode_to_buffer");
            } else {
                try (Memory tmp = new Memory(expected)) {
                    check(lib.charls_jpegls_decoder_decode_to_buffer(decoder, tmp, expected, 0), "decode_to_buffer");
                    PixelOutput.planes(planes(tmp, w * h, comps, bps, mode.getValue() == INTERLEAVE_NONE), w * h, out,
                            job.bytesPerValue());
                }
            }
            return new DecodedSize(w, h, comps, 0);
        } finally {
            lib.charls_jpegls_decoder_destroy(decoder);
        }
    }

    private static IntBuffer[] planes(Memory m, int n, int comps, int bps, boolean planar) {
        IntBuffer[] p = new IntBuffer[comps];
        ByteBuffer b = m.getByteBuffer(0, (long) n * comps * bps).order(ByteOrder.nativeOrder());
        for (int c = 0; c < comps; c++) {
            int[] v = new int[n];
            for (int i = 0; i < n; i++) {
                int at = planar ? c * n + i : i * comps + c;
                v[i] = bps == 2 ? b.getShort(at * 2) & 0xFFFF : b.get(at) & 0xFF;
            }
            p[c] = IntBuffer.wrap(v);
        }
        return p;
    }

    private void check(int error, String step) throws CodecException {
        if (error != 0) {
            String msg = lib.charls_get_error_message(error);
            Kind kind = msg != null && msg.toLowerCase(java.util.Locale.ROOT).contains("source buffer")
                    ? Kind.INCOMPLETE : Kind.MALFORMED;
            throw new CodecException(kind, "CharLS " + step + " failed: error " + error + " (" + msg + ")");
        }
    }
}
