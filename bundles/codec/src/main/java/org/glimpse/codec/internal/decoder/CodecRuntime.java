package org.glimpse.codec.internal.decoder;

import org.glimpse.codec.internal.worker.CodecId;
import org.glimpse.codec.internal.worker.NativeDecoding;

/** What the native decoders share: which libraries loaded here, and where native decoding runs. */
public interface CodecRuntime {

    /** Whether the codec's library loaded on this platform. */
    boolean available(CodecId codec);

    /** Where native decodes run (a supervised pool of worker processes). */
    NativeDecoding decoding();

    /**
     * Which native libraries loaded and from where, or why each did not: what an unavailable decoder says
     * when it is asked to decode.
     */
    String describe();
}
