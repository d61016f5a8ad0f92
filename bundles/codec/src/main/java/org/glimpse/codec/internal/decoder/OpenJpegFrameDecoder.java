package org.glimpse.codec.internal.decoder;

import java.util.Set;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.codec.internal.worker.CodecId;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** JPEG 2000 and HTJ2K with OpenJPEG, in a worker process. */
@Component(service = FrameDecoder.class, property = {
    FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + TransferSyntax.JPEG_2000_LOSSLESS,
    FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + TransferSyntax.JPEG_2000,
    FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + TransferSyntax.HTJ2K_LOSSLESS,
    FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + TransferSyntax.HTJ2K_LOSSLESS_RPCL,
    FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + TransferSyntax.HTJ2K,
    "service.ranking:Integer=10"})
public final class OpenJpegFrameDecoder extends Jpeg2000FrameDecoder {

    @Activate
    public OpenJpegFrameDecoder(@Reference CodecRuntime runtime) {
        super(runtime, CodecId.OPENJPEG, "openjpeg", "OpenJPEG", Set.of(TransferSyntax.JPEG_2000_LOSSLESS, TransferSyntax.JPEG_2000,
                TransferSyntax.HTJ2K_LOSSLESS, TransferSyntax.HTJ2K_LOSSLESS_RPCL, TransferSyntax.HTJ2K));
    }
}
