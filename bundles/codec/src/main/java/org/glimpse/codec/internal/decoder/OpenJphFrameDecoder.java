package org.glimpse.codec.internal.decoder;

import java.util.Set;
import org.glimpse.api.codec.CodestreamLevels;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.codec.internal.worker.CodecId;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** HTJ2K with OpenJPH (about twice OpenJPEG's speed here, and it decodes prefixes of tiles split into
 * tile-parts, which OpenJPEG 2.5.0 cannot), through the C shim, in a worker process; preferred over OpenJPEG
 * by its higher service ranking. */
@Component(service = FrameDecoder.class, property = {
    FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + TransferSyntax.HTJ2K_LOSSLESS,
    FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + TransferSyntax.HTJ2K_LOSSLESS_RPCL,
    FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + TransferSyntax.HTJ2K,
    "service.ranking:Integer=20"})
public final class OpenJphFrameDecoder implements FrameDecoder {
    private static final Set<String> SYNTAXES = Set.of(TransferSyntax.HTJ2K_LOSSLESS,
            TransferSyntax.HTJ2K_LOSSLESS_RPCL, TransferSyntax.HTJ2K);

    private final CodecRuntime runtime;

    @Activate
    public OpenJphFrameDecoder(@Reference CodecRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public String name() {
        return "openjph";
    }

    @Override
    public Set<String> transferSyntaxes() {
        return SYNTAXES;
    }

    @Override
    public boolean isAvailable() {
        return runtime.available(CodecId.OPENJPH);
    }

    @Override
    public boolean decodesPrefixes() {
        return true;
    }

    @Override
    public CodestreamLevels inspect(EncodedFrame frame) throws DecodeException {
        return Jpeg2000Decoding.inspect(frame);
    }

    @Override
    public DecodedFrame decode(EncodedFrame frame, DecodeOptions options) throws DecodeException {
        return Jpeg2000Decoding.decode(runtime, CodecId.OPENJPH, "OpenJPH", frame, options);
    }
}
