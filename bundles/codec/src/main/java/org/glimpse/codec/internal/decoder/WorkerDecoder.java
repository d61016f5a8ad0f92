package org.glimpse.codec.internal.decoder;

/**
 * Marks a frame decoder whose decodes run in worker processes: the decode service lets more of them wait on
 * the pool than there are cores (each worker holds the next frame while it decodes one), while decodes in
 * this JVM run at most one per core, and cancels them by stopping the worker rather than interrupting.
 */
public interface WorkerDecoder {
}
