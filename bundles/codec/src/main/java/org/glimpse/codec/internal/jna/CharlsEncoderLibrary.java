package org.glimpse.codec.internal.jna;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;

/** CharLS 2.4's JPEG-LS encoder (charls_jpegls_encoder.h): makes test and benchmark frames. */
public interface CharlsEncoderLibrary extends Library {

    Pointer charls_jpegls_encoder_create();

    void charls_jpegls_encoder_destroy(Pointer encoder);

    int charls_jpegls_encoder_set_frame_info(Pointer encoder, Pointer frameInfo);

    int charls_jpegls_encoder_set_near_lossless(Pointer encoder, int near);

    int charls_jpegls_encoder_get_estimated_destination_size(Pointer encoder, LongByReference size);

    int charls_jpegls_encoder_set_destination_buffer(Pointer encoder, Pointer destination, long size);

    int charls_jpegls_encoder_encode_from_buffer(Pointer encoder, Pointer source, long size, int stride);

    int charls_jpegls_encoder_get_bytes_written(Pointer encoder, LongByReference written);
}
