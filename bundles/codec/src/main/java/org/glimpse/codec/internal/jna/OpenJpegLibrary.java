package org.glimpse.codec.internal.jna;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/** The part of OpenJPEG 2.5's C API (openjpeg.h) used to decode J2K and HTJ2K codestreams. */
public interface OpenJpegLibrary extends Library {
    int OPJ_CODEC_J2K = 0;
    /** sizeof(opj_dparameters_t) in 2.5 is 8252 bytes; allocated with room to spare. */
    int DPARAMETERS_SIZE = 16384;

    String opj_version();

    Pointer opj_create_decompress(int format);

    void opj_destroy_codec(Pointer codec);

    void opj_set_default_decoder_parameters(Pointer parameters);

    int opj_setup_decoder(Pointer codec, Pointer parameters);

    int opj_decoder_set_strict_mode(Pointer codec, int strict);

    int opj_codec_set_threads(Pointer codec, int threads);

    int opj_set_decoded_resolution_factor(Pointer codec, int factor);

    int opj_set_error_handler(Pointer codec, MessageCallback callback, Pointer user);

    int opj_set_warning_handler(Pointer codec, MessageCallback callback, Pointer user);

    int opj_set_info_handler(Pointer codec, MessageCallback callback, Pointer user);

    int opj_read_header(Pointer stream, Pointer codec, PointerByReference image);

    int opj_decode(Pointer codec, Pointer stream, Pointer image);

    int opj_end_decompress(Pointer codec, Pointer stream);

    void opj_image_destroy(Pointer image);

    Pointer opj_stream_create(long bufferSize, int isInput);

    void opj_stream_destroy(Pointer stream);

    void opj_stream_set_read_function(Pointer stream, ReadCallback read);

    void opj_stream_set_skip_function(Pointer stream, SkipCallback skip);

    void opj_stream_set_seek_function(Pointer stream, SeekCallback seek);

    void opj_stream_set_user_data_length(Pointer stream, long length);

    /** opj_msg_callback. */
    interface MessageCallback extends Callback {
        void invoke(String message, Pointer user);
    }

    /** opj_stream_read_fn: returns bytes read or (size_t) -1 at the end. */
    interface ReadCallback extends Callback {
        long invoke(Pointer buffer, long bytes, Pointer user);
    }

    /** opj_stream_skip_fn. */
    interface SkipCallback extends Callback {
        long invoke(long bytes, Pointer user);
    }

    /** opj_stream_seek_fn. */
    interface SeekCallback extends Callback {
        int invoke(long position, Pointer user);
    }
}
