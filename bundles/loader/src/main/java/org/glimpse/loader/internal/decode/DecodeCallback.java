package org.glimpse.loader.internal.decode;

import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.frame.DecodedFrame;

/** Where a decode's outcome goes: exactly one of the two is called, on a decode thread. */
public interface DecodeCallback {

    void decoded(DecodedFrame frame, double millis);

    void failed(DecodeException failure);
}
