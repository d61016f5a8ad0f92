package org.glimpse.server.data.encode;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** Test-only CharLS decoder binding: checks that what the encoder wrote decodes to the source samples. */
final class CharLsDecoder {
    interface Api extends Library {
        Pointer charls_jpegls_decoder_create();

        void charls_jpegls_decoder_destroy(Pointer decoder);

        int charls_jpegls_decoder_set_source_buffer(Pointer decoder, Memory source, long size);

        int charls_jpegls_decoder_read_header(Pointer decoder);

        int charls_jpegls_decoder_get_frame_info(Pointer decoder, Memory frameInfo);

        int charls_jpegls_decoder_decode_to_buffer(Pointer decoder, Memory destination, long size, int stride);
    }

    private final Api api = Native.load(CharLs.LIBRARY, Api.class);

    /** {width, height, bits} and the 16-bit little-endian samples. */
    record Decoded(int width, int height, int bits, byte[] samples) {
    }

    Decoded decode(byte[] jls) {
        Pointer d = api.charls_jpegls_decoder_create();
        try (Memory source = new Memory(jls.length); Memory info = new Memory(16)) {
            source.write(0, jls, 0, jls.length);
            check(api.charls_jpegls_decoder_set_source_buffer(d, source, jls.length), "set_source_buffer");
            check(api.charls_jpegls_decoder_read_header(d), "read_header");
            check(api.charls_jpegls_decoder_get_frame_info(d, info), "get_frame_info");
            int width = info.getInt(0);
            int height = info.getInt(4);
            try (Memory out = new Memory(2L * width * height)) {
                check(api.charls_jpegls_decoder_decode_to_buffer(d, out, out.size(), 0), "decode_to_buffer");
                return new Decoded(width, height, info.getInt(8), out.getByteArray(0, (int) out.size()));
            }
        } finally {
            api.charls_jpegls_decoder_destroy(d);
        }
    }

    private static void check(int error, String call) {
        if (error != 0) {
            throw new AssertionError("CharLS " + call + " failed with error " + error);
        }
    }
}
