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
import org.glimpse.codec.internal.jpegls.JpegLsCodec;
import org.osgi.service.component.annotations.Component;

/**
 * JPEG-LS (.80, .81) decoded in Java in the caller's process (`internal.jpegls`): memory-safe, so it needs no
 * worker process, and faster here than Debian's CharLS through one; ranked above {@link CharlsFrameDecoder},
 * which stays registered below it.
 */
@Component(service = FrameDecoder.class, property = {
    FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + TransferSyntax.JPEG_LS_LOSSLESS,
    FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + TransferSyntax.JPEG_LS_NEAR_LOSSLESS,
    "service.ranking:Integer=20"})
public final class JpegLsFrameDecoder extends WholeFrameDecoder implements CancellableDecoder {

    public JpegLsFrameDecoder() {
        super("jpegls-java", Set.of(TransferSyntax.JPEG_LS_LOSSLESS, TransferSyntax.JPEG_LS_NEAR_LOSSLESS));
    }

    @Override
    public DecodedFrame decode(EncodedFrame frame, DecodeOptions options, PixelBuffer target,
            Cancellation cancel) throws DecodeException {
        requireWhole(frame, "JPEG-LS");
        return CancellableDecoder.decodeWith(JpegLsCodec::decode, "JPEG-LS",
                TransferSyntax.JPEG_LS_LOSSLESS.equals(frame.transferSyntaxUid()), frame, target, cancel);
    }
}
