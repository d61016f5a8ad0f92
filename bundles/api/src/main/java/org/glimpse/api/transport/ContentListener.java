package org.glimpse.api.transport;

import java.nio.ByteBuffer;

/**
 * Frame bytes starting at {@code offset} within the frame. The buffer is valid only during the call: copy
 * what must be kept. Bytes already delivered are never delivered again.
 */
@FunctionalInterface
public interface ContentListener {
    void onContent(long offset, ByteBuffer chunk);
}
