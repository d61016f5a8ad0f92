package org.glimpse.codec.internal.decoder;

import java.util.Set;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.codec.internal.core.Cancellation;
import org.glimpse.codec.internal.jpeg.JpegLosslessCodec;
import org.osgi.service.component.annotations.Component;

/** JPEG Lossless (.57, .70), decoded in Java in the caller's process: no native code runs. */
@Component(service = FrameDecoder.class, property = {
    FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + TransferSyntax.JPEG_LOSSLESS,
    FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + TransferSyntax.JPEG_LOSSLESS_SV1,
    "service.ranking:Integer=10"})
public final class JpegLosslessFrameDecoder extends WholeFrameDecoder implements CancellableDecoder {

    public JpegLosslessFrameDecoder() {
        super("jpeg-lossless", Set.of(TransferSyntax.JPEG_LOSSLESS, TransferSyntax.JPEG_LOSSLESS_SV1));
    }

    @Override
    public DecodedFrame decode(EncodedFrame frame, DecodeOptions options, PixelBuffer target,
            Cancellation cancel) throws DecodeException {
        requireWhole(frame, "JPEG lossless");
        return CancellableDecoder.decodeWith(JpegLosslessCodec::decode, "JPEG lossless", true, frame, target,
                cancel);
    }
}
