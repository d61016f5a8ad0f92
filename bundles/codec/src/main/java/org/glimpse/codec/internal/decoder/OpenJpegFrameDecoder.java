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
import org.glimpse.codec.internal.core.DecodedPixels;
import org.glimpse.codec.internal.j2k.CodestreamException;
import org.glimpse.codec.internal.j2k.J2kHeaderGate;
import org.glimpse.codec.internal.j2k.J2kInspector;
import org.glimpse.codec.internal.worker.CodecId;
import org.glimpse.codec.internal.worker.DecodeRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * JPEG 2000 and HTJ2K with OpenJPEG, in a worker process. A prefix is cut at the end of its best complete
 * resolution level (from the packet headers) before OpenJPEG sees it, so the decoder never runs into a
 * code-block cut in the middle: the path where Debian's 2.5.0 reads out of bounds.
 */
@Component(service = FrameDecoder.class, property = {
    FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + TransferSyntax.JPEG_2000_LOSSLESS,
    FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + TransferSyntax.JPEG_2000,
    FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + TransferSyntax.HTJ2K_LOSSLESS,
    FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + TransferSyntax.HTJ2K_LOSSLESS_RPCL,
    FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + TransferSyntax.HTJ2K,
    "service.ranking:Integer=10"})
public final class OpenJpegFrameDecoder implements FrameDecoder {
    private static final Set<String> SYNTAXES = Set.of(TransferSyntax.JPEG_2000_LOSSLESS, TransferSyntax.JPEG_2000,
            TransferSyntax.HTJ2K_LOSSLESS, TransferSyntax.HTJ2K_LOSSLESS_RPCL, TransferSyntax.HTJ2K);

    private final CodecRuntime runtime;

    @Activate
    public OpenJpegFrameDecoder(@Reference CodecRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public String name() {
        return "openjpeg";
    }

    @Override
    public Set<String> transferSyntaxes() {
        return SYNTAXES;
    }

    @Override
    public boolean isAvailable() {
        return runtime.available(CodecId.OPENJPEG);
    }

    @Override
    public boolean decodesPrefixes() {
        return true;
    }

    @Override
    public CodestreamLevels inspect(EncodedFrame frame) throws DecodeException {
        try {
            J2kHeaderGate.check(frame.data(), frame.length(), frame.pixel());
            return J2kInspector.inspect(frame.data(), frame.length(), frame.complete()).levels();
        } catch (CodecException e) {
            throw e.toDecodeException(frame.key(), "JPEG 2000 header", frame.length());
        } catch (CodestreamException e) {
            throw new DecodeException(e.truncated() ? Kind.INCOMPLETE : Kind.MALFORMED, frame.key(),
                    "JPEG 2000 codestream of " + frame.length() + " bytes: " + e.getMessage());
        }
    }

    @Override
    public DecodedFrame decode(EncodedFrame frame, DecodeOptions options) throws DecodeException {
        if (!isAvailable()) {
            throw new DecodeException(Kind.UNAVAILABLE, frame.key(), "OpenJPEG is not loaded on this platform");
        }
        CodestreamLevels levels = inspect(frame);
        int best = levels.completeReduce();
        if (best < 0) {
            throw new DecodeException(Kind.INCOMPLETE, frame.key(), "no resolution level is complete in the "
                    + frame.length() + " bytes held");
        }
        int reduce = options.reduce() == DecodeOptions.BEST_AVAILABLE ? best : Math.max(options.reduce(), best);
        boolean whole = frame.complete() && reduce == 0;
        long end = whole ? frame.length() : levels.endOfReduce(reduce);
        int length = (int) Math.min(frame.length(), end < 0 ? frame.length() : end);
        DecodeRequest request = new DecodeRequest(CodecId.OPENJPEG, frame.data(), length, whole, reduce,
                options.threads(), frame.pixel());
        try {
            DecodedPixels p = runtime.decoding().decode(request, options.timeoutMillis());
            boolean lossless = !TransferSyntax.JPEG_2000.equals(frame.transferSyntaxUid())
                    && !TransferSyntax.HTJ2K.equals(frame.transferSyntaxUid());
            return Frames.of(frame, p, lossless);
        } catch (CodecException e) {
            throw e.toDecodeException(frame.key(), "OpenJPEG", length);
        }
    }
}
