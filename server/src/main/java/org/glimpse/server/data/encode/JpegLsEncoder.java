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
        try (Memory source = new Memory(pixels.length)) {
            source.write(0, pixels, 0, pixels.length);
            return encode(source, 2 * width, width, height, bits, 0);
        }
    }

    /**
     * Test and benchmark input: samples held in 8 bits when {@code bits} ≤ 8, else in 16; {@code near} 0 is
     * lossless, above 0 near-lossless (every sample within ±near).
     */
    public byte[] encode(int[] values, int width, int height, int bits, int near) throws IOException {
        if (values.length != width * height) {
            throw new IllegalArgumentException("JPEG-LS input has " + values.length + " samples, expected "
                    + width + "x" + height);
        }
        int bytes = bits > 8 ? 2 : 1;
        try (Memory source = new Memory((long) values.length * bytes)) {
            for (int i = 0; i < values.length; i++) {
                if (bytes == 2) {
                    source.setShort(2L * i, (short) values[i]);
                } else {
                    source.setByte(i, (byte) values[i]);
                }
            }
            return encode(source, bytes * width, width, height, bits, near);
        }
    }

    private byte[] encode(Memory source, int stride, int width, int height, int bits, int near) throws IOException {
        Pointer encoder = charls.charls_jpegls_encoder_create();
        if (encoder == null) {
            throw new IOException("charls_jpegls_encoder_create returned NULL");
        }
        try (Memory frameInfo = new Memory(16)) {
            frameInfo.setInt(0, width);
            frameInfo.setInt(4, height);
            frameInfo.setInt(8, bits);
            frameInfo.setInt(12, 1);
            check(charls.charls_jpegls_encoder_set_frame_info(encoder, frameInfo), "set_frame_info", width, height);
            check(charls.charls_jpegls_encoder_set_near_lossless(encoder, near), "set_near_lossless", width, height);
            LongByReference size = new LongByReference();
            check(charls.charls_jpegls_encoder_get_estimated_destination_size(encoder, size), "estimate", width,
                    height);
            try (Memory destination = new Memory(size.getValue())) {
                check(charls.charls_jpegls_encoder_set_destination_buffer(encoder, destination, destination.size()),
                        "set_destination_buffer", width, height);
                check(charls.charls_jpegls_encoder_encode_from_buffer(encoder, source, source.size(), stride),
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
