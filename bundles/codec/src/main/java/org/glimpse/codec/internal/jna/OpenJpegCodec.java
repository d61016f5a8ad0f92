package org.glimpse.codec.internal.jna;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedSize;
import org.glimpse.codec.internal.core.PixelOutput;
import org.glimpse.codec.internal.worker.DecodeJob;

/**
 * Decodes a J2K or HTJ2K codestream (or a prefix of one, in non-strict mode) at a reduce factor with
 * OpenJPEG 2.5. Callers have checked SIZ against the DICOM header; this code trusts nothing else.
 */
public final class OpenJpegCodec {
    private static final int COMP_SIZE = 64;
    private static final int COMP_W = 8;
    private static final int COMP_H = 12;
    private static final int COMP_FACTOR = 40;
    private static final int COMP_DATA = 48;
    private static final int IMAGE_NUMCOMPS = 16;
    private static final int IMAGE_COMPS = 24;

    private final OpenJpegLibrary lib;
    private final ThreadLocal<Session> sessions = ThreadLocal.withInitial(Session::new);

    /**
     * One thread's callbacks and scratch memory, made once: JNA makes a native trampoline for every new
     * callback object, and native memory allocated per decode costs a malloc and a cleaner each.
     */
    private static final class Session {
        final StringBuilder errors = new StringBuilder();
        final Memory params = new Memory(OpenJpegLibrary.DPARAMETERS_SIZE);
        final PointerByReference image = new PointerByReference();
        final MemoryStream source = new MemoryStream();
        final OpenJpegLibrary.MessageCallback onError = (m, u) -> {
            if (errors.length() < 2000) {
                errors.append(m.strip()).append("; ");
            }
        };
    }

    public OpenJpegCodec(OpenJpegLibrary lib) {
        this.lib = lib;
    }

    public String version() {
        return lib.opj_version();
    }

    /**
     * @param complete false for a prefix: decoded in non-strict mode to what the bytes allow
     */
    public DecodedSize decode(Pointer in, DecodeJob job, ByteBuffer out) throws CodecException {
        int length = job.length();
        boolean complete = job.complete();
        int reduce = job.reduce();
        int threads = job.threads();
        Session session = sessions.get();
        StringBuilder errors = session.errors;
        errors.setLength(0);
        OpenJpegLibrary.MessageCallback onError = session.onError;
        MemoryStream source = session.source.reset(in, length);
        Pointer codec = lib.opj_create_decompress(OpenJpegLibrary.OPJ_CODEC_J2K);
        Pointer stream = null;
        Pointer image = null;
        try {
            // warnings and information keep the codec's default handlers, which drop them in C: a Java handler
            // would cost a call into Java and a string per message
            lib.opj_set_error_handler(codec, onError, null);
            // opj_set_default_decoder_parameters clears the whole structure before it sets the defaults
            lib.opj_set_default_decoder_parameters(session.params);
            check(lib.opj_setup_decoder(codec, session.params), "setup", errors);
            lib.opj_decoder_set_strict_mode(codec, complete ? 1 : 0);
            if (threads > 1) {
                lib.opj_codec_set_threads(codec, threads);
            }
            stream = lib.opj_stream_create(1 << 16, 1);
            lib.opj_stream_set_read_function(stream, source.read);
            lib.opj_stream_set_skip_function(stream, source.skip);
            lib.opj_stream_set_seek_function(stream, source.seek);
            lib.opj_stream_set_user_data_length(stream, length);
            PointerByReference ref = session.image;
            ref.setValue(null);
            check(lib.opj_read_header(stream, codec, ref), "read_header", errors);
            image = ref.getValue();
            if (reduce > 0) {
                check(lib.opj_set_decoded_resolution_factor(codec, reduce), "reduce " + reduce, errors);
            }
            check(lib.opj_decode(codec, stream, image), "decode", errors);
            if (complete) {
                lib.opj_end_decompress(codec, stream);
            }
            return read(image, job, out, errors);
        } finally {
            if (image != null) {
                lib.opj_image_destroy(image);
            }
            if (stream != null) {
                lib.opj_stream_destroy(stream);
            }
            lib.opj_destroy_codec(codec);
        }
    }

    private DecodedSize read(Pointer image, DecodeJob job, ByteBuffer out, StringBuilder errors)
            throws CodecException {
        PixelDescriptor pixel = job.pixel();
        int n = image.getInt(IMAGE_NUMCOMPS);
        if (n != pixel.samplesPerPixel()) {
            throw new CodecException(Kind.MALFORMED, "OpenJPEG decoded " + n + " components, DICOM SamplesPerPixel is "
                    + pixel.samplesPerPixel());
        }
        Pointer comps = image.getPointer(IMAGE_COMPS);
        int w = comps.getInt(COMP_W);
        int h = comps.getInt(COMP_H);
        int factor = comps.getInt(COMP_FACTOR);
        if ((long) w * h > (long) pixel.rows() * pixel.columns()) {
            throw new CodecException(Kind.MALFORMED, "OpenJPEG decoded " + w + "×" + h + ", more than DICOM "
                    + pixel.columns() + "×" + pixel.rows());
        }
        IntBuffer[] planes = new IntBuffer[n];
        for (int c = 0; c < n; c++) {
            Pointer comp = comps.share((long) c * COMP_SIZE);
            Pointer values = comp.getPointer(COMP_DATA);
            if (values == null || comp.getInt(COMP_W) != w || comp.getInt(COMP_H) != h) {
                throw new CodecException(Kind.MALFORMED, "OpenJPEG component " + c + " has no data or another size ("
                        + comp.getInt(COMP_W) + "×" + comp.getInt(COMP_H) + " vs " + w + "×" + h + ") " + errors);
            }
            planes[c] = values.getByteBuffer(0, (long) w * h * 4).order(ByteOrder.nativeOrder()).asIntBuffer();
        }
        PixelOutput.planes(planes, w * h, out, job.bytesPerValue());
        return new DecodedSize(w, h, n, factor);
    }

    private static void check(int ok, String step, StringBuilder errors) throws CodecException {
        if (ok == 0) {
            String msg = errors.length() == 0 ? "no message" : errors.toString();
            Kind kind = msg.contains("Stream too short") || msg.contains("truncated") ? Kind.INCOMPLETE
                    : Kind.MALFORMED;
            throw new CodecException(kind, "OpenJPEG " + step + " failed: " + msg);
        }
    }
}
