package org.glimpse.server.data.encode;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import java.io.IOException;

/**
 * Lossless JPEG-LS (ISO 14495-1) through CharLS. Signed samples are encoded as their 16-bit two's-complement
 * pattern, as DICOM does for JPEG-LS: the decoder's output is reinterpreted with PixelRepresentation.
 */
public final class JpegLsEncoder {
    private final CharLs charls;

    public JpegLsEncoder() {
        this.charls = Native.load(CharLs.LIBRARY, CharLs.class);
    }

    /**
     * @param pixels little-endian 16-bit samples, row-major, {@code width × height}
     * @param bits   bits per sample as stored (2..16)
     */
    public byte[] encode(byte[] pixels, int width, int height, int bits) throws IOException {
        if (pixels.length != 2L * width * height) {
            throw new IllegalArgumentException("JPEG-LS input has " + pixels.length + " bytes, expected "
                    + (2L * width * height) + " for " + width + "x" + height + " 16-bit samples");
        }
        Pointer encoder = charls.charls_jpegls_encoder_create();
        if (encoder == null) {
            throw new IOException("charls_jpegls_encoder_create returned NULL");
        }
        try (Memory frameInfo = new Memory(16); Memory source = new Memory(pixels.length)) {
            frameInfo.setInt(0, width);
            frameInfo.setInt(4, height);
            frameInfo.setInt(8, bits);
            frameInfo.setInt(12, 1);
            check(charls.charls_jpegls_encoder_set_frame_info(encoder, frameInfo), "set_frame_info", width, height);
            LongByReference size = new LongByReference();
            check(charls.charls_jpegls_encoder_get_estimated_destination_size(encoder, size), "estimate", width,
                    height);
            try (Memory destination = new Memory(size.getValue())) {
                check(charls.charls_jpegls_encoder_set_destination_buffer(encoder, destination, destination.size()),
                        "set_destination_buffer", width, height);
                source.write(0, pixels, 0, pixels.length);
                check(charls.charls_jpegls_encoder_encode_from_buffer(encoder, source, source.size(), 2 * width),
                        "encode_from_buffer", width, height);
                LongByReference written = new LongByReference();
                check(charls.charls_jpegls_encoder_get_bytes_written(encoder, written), "get_bytes_written", width,
                        height);
                return destination.getByteArray(0, (int) written.getValue());
            }
        } finally {
            charls.charls_jpegls_encoder_destroy(encoder);
        }
    }

    private void check(int error, String call, int width, int height) throws IOException {
        if (error != 0) {
            throw new IOException("CharLS " + call + " failed for a " + width + "x" + height + " frame: error "
                    + error + " (" + charls.charls_get_error_message(error) + ")");
        }
    }
}
