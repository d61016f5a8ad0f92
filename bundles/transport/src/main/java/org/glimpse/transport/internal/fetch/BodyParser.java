package org.glimpse.transport.internal.fetch;

import java.nio.ByteBuffer;

/** Turns response body bytes, as they arrive, into parts. */
interface BodyParser {

    /** Feeds the next body bytes; {@code last} once the body has ended. */
    void feed(ByteBuffer bytes, boolean last) throws MalformedBodyException;

    /** Whether the body ended where its framing says it ends (the multipart close delimiter was seen). */
    boolean framingComplete();

    /** Body bytes fed so far (after content decoding), for Content-Range checks. */
    long bodyBytes();
}
