package org.glimpse.codec.internal.jna;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import java.util.List;

/** Encodes one-component frames to JPEG-LS with CharLS: test and benchmark input, never used to view. */
public final class CharlsEncoder {
    private final CharlsEncoderLibrary lib;

    public CharlsEncoder(CharlsEncoderLibrary lib) {
        this.lib = lib;
    }

    public static CharlsEncoder system() {
        return new CharlsEncoder(NativeLibraries.load(CharlsEncoderLibrary.class, List.of(), "libcharls.so.2",
                "charls").library().orElseThrow(() -> new IllegalStateException("CharLS not found")));
    }

    /** Encodes 16-bit (bits > 8) or 8-bit samples; near = 0 is lossless. */
    public byte[] encode(int[] values, int width, int height, int bits, int near) {
        Pointer enc = lib.charls_jpegls_encoder_create();
        try {
            Memory info = new Memory(16);
            info.setInt(0, width);
            info.setInt(4, height);
            info.setInt(8, bits);
            info.setInt(12, 1);
            check(lib.charls_jpegls_encoder_set_frame_info(enc, info), "set_frame_info");
            check(lib.charls_jpegls_encoder_set_near_lossless(enc, near), "set_near_lossless");
            LongByReference size = new LongByReference();
            check(lib.charls_jpegls_encoder_get_estimated_destination_size(enc, size), "estimate");
            Memory out = new Memory(size.getValue());
            check(lib.charls_jpegls_encoder_set_destination_buffer(enc, out, size.getValue()), "destination");
            int bps = bits > 8 ? 2 : 1;
            Memory src = new Memory((long) values.length * bps);
            for (int i = 0; i < values.length; i++) {
                if (bps == 2) {
                    src.setShort(2L * i, (short) values[i]);
                } else {
                    src.setByte(i, (byte) values[i]);
                }
            }
            check(lib.charls_jpegls_encoder_encode_from_buffer(enc, src, src.size(), 0), "encode");
            LongByReference written = new LongByReference();
            check(lib.charls_jpegls_encoder_get_bytes_written(enc, written), "bytes_written");
            return out.getByteArray(0, (int) written.getValue());
        } finally {
            lib.charls_jpegls_encoder_destroy(enc);
        }
    }

    private static void check(int error, String step) {
        if (error != 0) {
            throw new IllegalStateException("CharLS encoder " + step + " failed with error " + error);
        }
    }
}
