package org.glimpse.api.transport;

import java.nio.ByteBuffer;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Frame bytes starting at {@code offset} within the frame. The buffer is valid only during the call: copy
 * what must be kept. Bytes already delivered are never delivered again.
 */
@ConsumerType
@FunctionalInterface
public interface ContentListener {
    void onContent(long offset, ByteBuffer chunk);
}
