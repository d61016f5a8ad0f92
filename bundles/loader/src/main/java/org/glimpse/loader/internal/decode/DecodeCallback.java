package org.glimpse.loader.internal.decode;

import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.frame.DecodedFrame;

/** Where a decode's outcome goes: exactly one of the two is called, on a decode thread. */
public interface DecodeCallback {

    /**
     * @param queueMillis time the decode waited before a decoder took it
     * @param decodeMillis time from then until the result
     */
    void decoded(DecodedFrame frame, double queueMillis, double decodeMillis);

    void failed(DecodeException failure);
}
