package org.glimpse.codec.internal.decoder;

import java.util.Set;
import org.glimpse.api.codec.CodestreamLevels;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.codec.internal.worker.CodecId;

/**
 * A JPEG 2000 / HTJ2K decoder running one native codec in a worker process: inspection is the shared pure-Java
 * reading of the packet headers, so every such decoder decodes the same prefixes to the same levels.
 */
abstract class Jpeg2000FrameDecoder implements FrameDecoder, WorkerDecoder {

    private final CodecRuntime runtime;
    private final CodecId codec;
    private final String name;
    private final String label;
    private final Set<String> syntaxes;

    Jpeg2000FrameDecoder(CodecRuntime runtime, CodecId codec, String name, String label, Set<String> syntaxes) {
        this.runtime = runtime;
        this.codec = codec;
        this.name = name;
        this.label = label;
        this.syntaxes = syntaxes;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Set<String> transferSyntaxes() {
        return syntaxes;
    }

    @Override
    public final boolean isAvailable() {
        return runtime.available(codec);
    }

    @Override
    public final boolean decodesPrefixes() {
        return true;
    }

    @Override
    public final CodestreamLevels inspect(EncodedFrame frame) throws DecodeException {
        return Jpeg2000Decoding.inspect(frame);
    }

    @Override
    public final DecodedFrame decode(EncodedFrame frame, DecodeOptions options) throws DecodeException {
        return Jpeg2000Decoding.decode(runtime, codec, label, frame, options, null);
    }

    @Override
    public final DecodedFrame decode(EncodedFrame frame, DecodeOptions options, PixelBuffer target)
            throws DecodeException {
        return Jpeg2000Decoding.decode(runtime, codec, label, frame, options, target);
    }
}
