package org.glimpse.codec.internal.decoder;

import java.util.Set;
import org.glimpse.api.codec.CodestreamLevels;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.jpeg.JpegLosslessCodec;
import org.osgi.service.component.annotations.Component;

/** JPEG Lossless (.57, .70), decoded in Java in the caller's process: no native code runs. */
@Component(service = FrameDecoder.class, property = {
    FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + TransferSyntax.JPEG_LOSSLESS,
    FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + TransferSyntax.JPEG_LOSSLESS_SV1,
    "service.ranking:Integer=10"})
public final class JpegLosslessFrameDecoder implements FrameDecoder {
    private static final Set<String> SYNTAXES = Set.of(TransferSyntax.JPEG_LOSSLESS, TransferSyntax.JPEG_LOSSLESS_SV1);

    @Override
    public String name() {
        return "jpeg-lossless";
    }

    @Override
    public Set<String> transferSyntaxes() {
        return SYNTAXES;
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public boolean decodesPrefixes() {
        return false;
    }

    @Override
    public CodestreamLevels inspect(EncodedFrame frame) {
        return WholeFrameLevels.of(frame);
    }

    @Override
    public DecodedFrame decode(EncodedFrame frame, DecodeOptions options) throws DecodeException {
        if (!frame.complete()) {
            throw new DecodeException(Kind.INCOMPLETE, frame.key(), "JPEG lossless decodes only whole frames; "
                    + frame.length() + " bytes held so far");
        }
        try {
            return Frames.of(frame, JpegLosslessCodec.decode(frame.data(), frame.length(), frame.pixel()), true);
        } catch (CodecException e) {
            throw e.toDecodeException(frame.key(), "JPEG lossless", frame.length());
        }
    }
}
