package org.glimpse.codec.internal.decoder;

import java.util.Set;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.codec.internal.core.Cancellation;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.raw.UncompressedCodec;
import org.glimpse.codec.internal.raw.RleCodec;
import org.osgi.service.component.annotations.Component;

/**
 * Uncompressed (also deflated) and RLE Lossless frames, decoded in Java in the caller's process (no native code),
 * into the caller's buffer, asking the cancel state before each line. A server-reduced rendition is as large as
 * its bytes say, at the frame's aspect.
 */
@Component(service = FrameDecoder.class, property = {
    FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN,
    FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
    FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + TransferSyntax.EXPLICIT_VR_BIG_ENDIAN,
    FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN,
    FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + TransferSyntax.RLE_LOSSLESS,
    "service.ranking:Integer=10"})
public final class UncompressedFrameDecoder extends WholeFrameDecoder implements CancellableDecoder {
    private static final Set<String> SYNTAXES = Set.of(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN,
            TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, TransferSyntax.EXPLICIT_VR_BIG_ENDIAN,
            TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN, TransferSyntax.RLE_LOSSLESS);

    public UncompressedFrameDecoder() {
        super("java", SYNTAXES);
    }

    @Override
    public DecodedFrame decode(EncodedFrame frame, DecodeOptions options, PixelBuffer target, Cancellation cancel)
            throws DecodeException {
        String ts = frame.transferSyntaxUid();
        if (!SYNTAXES.contains(ts)) {
            throw new DecodeException(Kind.UNSUPPORTED, frame.key(), "transfer syntax " + ts
                    + " is not uncompressed or RLE");
        }
        if (TransferSyntax.RLE_LOSSLESS.equals(ts)) {
            return CancellableDecoder.decodeWith((d, length, pixel, reduced, to, c) -> {
                if (!frame.complete()) {
                    throw new CodecException(Kind.INCOMPLETE, "RLE decodes only whole frames");
                }
                return RleCodec.decode(d, length, pixel, reduced, to, c);
            }, "RLE", true, frame, target, cancel);
        }
        boolean big = TransferSyntax.EXPLICIT_VR_BIG_ENDIAN.equals(ts);
        JavaCodec codec = TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN.equals(ts)
                ? UncompressedCodec::decodeDeflated
                : (d, length, pixel, reduced, to, c) -> UncompressedCodec.decode(d, length, big, pixel, reduced, to, c);
        return CancellableDecoder.decodeWith(codec, "uncompressed", true, frame, target, cancel);
    }
}
