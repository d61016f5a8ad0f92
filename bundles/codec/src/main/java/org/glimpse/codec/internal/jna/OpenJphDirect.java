package org.glimpse.codec.internal.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.lang.reflect.Proxy;

/**
 * The OpenJPH shim's decode bound as a native method of this class (JNA direct mapping) with only primitive
 * arguments: no proxy, no reflection and no argument objects per call, so that a small decode costs the
 * library's time even before the JIT has compiled the caller. The other entry points stay on
 * {@link OpenJphLibrary}, whose library this binds to.
 */
final class OpenJphDirect {

    private OpenJphDirect() {
    }

    /** Binds the native method to the library {@code lib} was loaded from. */
    static void bind(OpenJphLibrary lib) {
        Library.Handler handler = (Library.Handler) Proxy.getInvocationHandler(lib);
        Native.register(OpenJphDirect.class, handler.getNativeLibrary());
    }

    /** {@link OpenJphLibrary#glimpse_ojph_decode} with addresses as numbers. */
    static native int glimpse_ojph_decode(long data, long size, int skipRes, int resilient, long out, long capacity,
            int bytesPerValue, long width, long height, long components, long err, long errLength);
}
