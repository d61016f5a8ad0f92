package org.glimpse.codec.internal.decoder;

import org.glimpse.codec.internal.worker.CodecId;
import org.glimpse.codec.internal.worker.NativeDecoding;

/** What the native decoders share: which libraries loaded here, and where native decoding runs. */
public interface CodecRuntime {

    /** Whether the codec's library loaded on this platform. */
    boolean available(CodecId codec);

    /** The platform, its native fragment (or why there is none) and the libraries loaded: for messages. */
    default String natives() {
        return "this platform";
    }

    /** Where native decodes run (a supervised pool of worker processes). */
    NativeDecoding decoding();
}
