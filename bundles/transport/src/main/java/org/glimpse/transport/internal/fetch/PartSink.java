package org.glimpse.transport.internal.fetch;

import java.nio.ByteBuffer;

/** Receives the parts of a response body in order; a single-part body is part 0. */
interface PartSink {

    /** A part begins; {@code contentType} is its own Content-Type (or the response's), possibly null. */
    void partHeaders(int index, String contentType);

    /** Bytes of the current part, valid only during the call. */
    void partContent(int index, ByteBuffer bytes);
}
