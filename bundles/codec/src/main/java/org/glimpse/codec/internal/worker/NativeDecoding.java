package org.glimpse.codec.internal.worker;

import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedPixels;

/** Runs native decodes somewhere a crash or a hang cannot take the caller down. */
public interface NativeDecoding extends AutoCloseable {

    DecodedPixels decode(DecodeRequest request, long timeoutMillis) throws CodecException;

    @Override
    void close();
}
