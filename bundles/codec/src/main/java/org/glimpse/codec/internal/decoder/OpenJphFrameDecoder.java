package org.glimpse.codec.internal.decoder;

import java.util.Set;
import org.glimpse.api.codec.FrameDecoder;
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
public final class OpenJphFrameDecoder extends Jpeg2000FrameDecoder {

    @Activate
    public OpenJphFrameDecoder(@Reference CodecRuntime runtime) {
        super(runtime, CodecId.OPENJPH, "openjph", "OpenJPH", Set.of(TransferSyntax.HTJ2K_LOSSLESS,
                TransferSyntax.HTJ2K_LOSSLESS_RPCL, TransferSyntax.HTJ2K));
    }
}
