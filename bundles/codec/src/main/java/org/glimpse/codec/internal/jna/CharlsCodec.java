package org.glimpse.codec.internal.jna;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedPixels;
import org.glimpse.codec.internal.core.HeaderGate;
import org.glimpse.codec.internal.core.PixelLayout;

/**
 * Decodes JPEG-LS (lossless and near-lossless) with CharLS 2.4. The frame header is checked against the
 * DICOM header between read_header and decode: CharLS 2.4.1 overflows on oversized headers
 * (GHSA-mqrg-gfc8-73ff), so nothing is allocated for a size DICOM does not announce.
 */
public final class CharlsCodec {
    private static final int INTERLEAVE_NONE = 0;
    private final CharlsLibrary lib;

    public CharlsCodec(CharlsLibrary lib) {
        this.lib = lib;
    }

    public String version() {
        return lib.charls_get_version_string();
    }

    public DecodedPixels decode(byte[] data, int length, PixelDescriptor pixel) throws CodecException {
        if (length == 0) {
            throw new CodecException(Kind.INCOMPLETE, "JPEG-LS frame has no bytes");
        }
        Pointer decoder = lib.charls_jpegls_decoder_create();
        if (decoder == null) {
            throw new CodecException(Kind.UNAVAILABLE, "CharLS could not create a decoder");
        }
        Memory source = new Memory(length);
        source.write(0, data, 0, length);
        try {
            check(lib.charls_jpegls_decoder_set_source_buffer(decoder, source, length), "set_source_buffer");
            check(lib.charls_jpegls_decoder_read_header(decoder), "read_header");
            Memory info = new Memory(16);
            check(lib.charls_jpegls_decoder_get_frame_info(decoder, info), "get_frame_info");
            int w = info.getInt(0);
            int h = info.getInt(4);
            int bits = info.getInt(8);
            int comps = info.getInt(12);
            HeaderGate.check("JPEG-LS SOF55", Integer.toUnsignedLong(w), Integer.toUnsignedLong(h), comps, bits, pixel);
            IntByReference mode = new IntByReference();
            check(lib.charls_jpegls_decoder_get_interleave_mode(decoder, mode), "get_interleave_mode");
            LongByReference size = new LongByReference();
            check(lib.charls_jpegls_decoder_get_destination_size(decoder, 0, size), "get_destination_size");
            int bps = bits > 8 ? 2 : 1;
            long expected = (long) w * h * comps * bps;
            if (size.getValue() != expected) {
                throw new CodecException(Kind.MALFORMED, "CharLS wants a " + size.getValue() + "-byte buffer for "
                        + w + "×" + h + "×" + comps + " at " + bits + " bits, expected " + expected);
            }
            Memory out = new Memory(expected);
            check(lib.charls_jpegls_decoder_decode_to_buffer(decoder, out, expected, 0), "decode_to_buffer");
            return new DecodedPixels(w, h, comps, 0, PixelLayout.interleave(planes(out, w * h, comps, bps,
                    mode.getValue() == INTERLEAVE_NONE), w, h, pixel));
        } finally {
            lib.charls_jpegls_decoder_destroy(decoder);
            source.close();
        }
    }

    private static int[][] planes(Memory out, int n, int comps, int bps, boolean planar) {
        int[][] p = new int[comps][n];
        if (bps == 2) {
            short[] s = out.getShortArray(0, n * comps);
            for (int c = 0; c < comps; c++) {
                for (int i = 0; i < n; i++) {
                    p[c][i] = s[planar ? c * n + i : i * comps + c] & 0xFFFF;
                }
            }
        } else {
            byte[] b = out.getByteArray(0, n * comps);
            for (int c = 0; c < comps; c++) {
                for (int i = 0; i < n; i++) {
                    p[c][i] = b[planar ? c * n + i : i * comps + c] & 0xFF;
                }
            }
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
