package org.glimpse.codec.internal.jna;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

/** The C shim over OpenJPH (src/main/cpp/glimpse_openjph.cpp). */
public interface OpenJphLibrary extends Library {
    /** The shim's entry points as this code calls them; a shim built from other sources says otherwise. */
    int ABI = 2;

    /** {@link #ABI} of the shim's source; missing in shims older than the check. */
    int glimpse_ojph_abi();

    /** major × 10000 + minor × 100 + patch of the OpenJPH headers the shim was built with. */
    int glimpse_ojph_version();

    /** Component planes of int32 values, or int16 when {@code bytesPerValue} is 2. */
    int glimpse_ojph_decode(Pointer data, long size, int skipRes, int resilient, Pointer out, long capacity,
            int bytesPerValue, IntByReference width, IntByReference height, IntByReference components, Pointer err,
            long errLength);
}
