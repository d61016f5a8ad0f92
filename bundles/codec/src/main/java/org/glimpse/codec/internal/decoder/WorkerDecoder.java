package org.glimpse.codec.internal.decoder;

import org.glimpse.api.codec.EncodedFrame;

/**
 * A frame decoder whose decodes run in worker processes: the decode service lets more of them wait on the pool
 * than there are cores (each worker holds the next frame while it decodes one), while decodes in this JVM run at
 * most one per core, and cancels them by stopping the worker rather than interrupting.
 */
public interface WorkerDecoder {

    /** Whether {@code frame} is decoded in a worker process (a decoder may keep some frames in this JVM). */
    default boolean inWorker(EncodedFrame frame) {
        return true;
    }
}
