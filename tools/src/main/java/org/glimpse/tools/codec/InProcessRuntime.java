package org.glimpse.tools.codec;

import java.nio.file.Path;
import java.util.List;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedPixels;
import org.glimpse.codec.internal.decoder.CodecRuntime;
import org.glimpse.codec.internal.worker.CodecId;
import org.glimpse.codec.internal.worker.DecodeRequest;
import org.glimpse.codec.internal.worker.NativeCodecs;
import org.glimpse.codec.internal.worker.NativeDecoding;

/**
 * Native decoding in the calling JVM, without isolation: for the benchmark only, to show what the worker
 * processes cost. A bad frame here can kill the JVM; the workstation never uses this.
 */
final class InProcessRuntime implements CodecRuntime, NativeDecoding {
    private final NativeCodecs codecs;

    InProcessRuntime(List<Path> folders) {
        codecs = NativeCodecs.load(folders);
    }

    @Override
    public boolean available(CodecId codec) {
        return codecs.has(codec);
    }

    @Override
    public NativeDecoding decoding() {
        return this;
    }

    @Override
    public DecodedPixels decode(DecodeRequest request, long timeoutMillis) throws CodecException {
        return codecs.decode(request);
    }

    @Override
    public DecodedPixels decode(DecodeRequest request, long timeoutMillis, PixelBuffer target) throws CodecException {
        return codecs.decode(request, target);
    }

    @Override
    public String describe() {
        return codecs.describe();
    }

    @Override
    public void close() {
        // nothing to stop
    }
}
