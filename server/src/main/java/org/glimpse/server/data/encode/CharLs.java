package org.glimpse.server.data.encode;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;

/** The CharLS 2.x C encoder API (charls_jpegls_encoder.h), as shipped by Debian's libcharls2. */
interface CharLs extends Library {
    /**
     * Debian's soname, found by the dynamic linker on any architecture; the unversioned name needs the -dev
     * package.
     */
    String LIBRARY = "libcharls.so.2";

    Pointer charls_jpegls_encoder_create();

    void charls_jpegls_encoder_destroy(Pointer encoder);

    /** frameInfo: struct charls_frame_info {uint32 width, height; int32 bits_per_sample, component_count}. */
    int charls_jpegls_encoder_set_frame_info(Pointer encoder, Memory frameInfo);

    int charls_jpegls_encoder_set_near_lossless(Pointer encoder, int near);

    int charls_jpegls_encoder_get_estimated_destination_size(Pointer encoder, LongByReference size);

    int charls_jpegls_encoder_set_destination_buffer(Pointer encoder, Memory destination, long size);

    int charls_jpegls_encoder_encode_from_buffer(Pointer encoder, Memory source, long size, int stride);

    int charls_jpegls_encoder_get_bytes_written(Pointer encoder, LongByReference bytesWritten);

    String charls_get_error_message(int error);
}
