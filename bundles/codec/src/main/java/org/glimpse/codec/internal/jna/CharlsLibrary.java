package org.glimpse.codec.internal.jna;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;

/** The part of CharLS 2.4's C API (charls_jpegls_decoder.h) used to decode JPEG-LS. */
public interface CharlsLibrary extends Library {

    String charls_get_version_string();

    String charls_get_error_message(int error);

    Pointer charls_jpegls_decoder_create();

    void charls_jpegls_decoder_destroy(Pointer decoder);

    int charls_jpegls_decoder_set_source_buffer(Pointer decoder, Pointer source, long size);

    int charls_jpegls_decoder_read_header(Pointer decoder);

    /** frame info: uint32 width, uint32 height, int32 bits_per_sample, int32 component_count. */
    int charls_jpegls_decoder_get_frame_info(Pointer decoder, Pointer frameInfo);

    int charls_jpegls_decoder_get_interleave_mode(Pointer decoder, IntByReference mode);

    int charls_jpegls_decoder_get_destination_size(Pointer decoder, int stride, LongByReference size);

    int charls_jpegls_decoder_decode_to_buffer(Pointer decoder, Pointer destination, long size, int stride);
}
