package org.glimpse.codec.internal.decoder;

import org.glimpse.codec.internal.worker.CodecId;
import org.glimpse.codec.internal.worker.NativeDecoding;

/** What the native decoders share: which libraries loaded here, and where native decoding runs. */
public interface CodecRuntime {

    /** Whether the codec's library loaded on this platform. */
    boolean available(CodecId codec);

    /** Where native decodes run (a supervised pool of worker processes). */
    NativeDecoding decoding();
}
