package org.glimpse.codec.internal.decoder;

import java.util.Set;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.codec.Rendition;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedPixels;
import org.glimpse.codec.internal.raw.StoredValues;
import org.glimpse.codec.internal.worker.CodecId;
import org.glimpse.codec.internal.worker.DecodeRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * JPEG-LS with CharLS, in a worker process: every CharLS 2.4.x can loop forever on some bad input
 * (CharLS PR #334), so the time budget is enforced by stopping the process.
 */
@Component(service = FrameDecoder.class, property = {
    FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + TransferSyntax.JPEG_LS_LOSSLESS,
    FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + TransferSyntax.JPEG_LS_NEAR_LOSSLESS,
    "service.ranking:Integer=10"})
public final class CharlsFrameDecoder extends WholeFrameDecoder implements WorkerDecoder {

    private final CodecRuntime runtime;

    @Activate
    public CharlsFrameDecoder(@Reference CodecRuntime runtime) {
        super("charls", Set.of(TransferSyntax.JPEG_LS_LOSSLESS, TransferSyntax.JPEG_LS_NEAR_LOSSLESS));
        this.runtime = runtime;
    }

    @Override
    public boolean isAvailable() {
        return runtime.available(CodecId.CHARLS);
    }

    @Override
    public DecodedFrame decode(EncodedFrame frame, DecodeOptions options) throws DecodeException {
        return decode(frame, options, null);
    }

    /** Decodes into {@code target}, or a buffer of exactly the decoded size when it is null. */
    @Override
    public DecodedFrame decode(EncodedFrame frame, DecodeOptions options, PixelBuffer target)
            throws DecodeException {
        if (!isAvailable()) {
            throw new DecodeException(Kind.UNAVAILABLE, frame.key(), "CharLS is not available: "
                    + runtime.describe());
        }
        requireWhole(frame, "JPEG-LS");
        if (!endsWithEoi(frame.data(), frame.length())) {
            // Debian's CharLS 2.4.1 can spend tens of seconds on a cut-off stream; a cheap check first
            throw new DecodeException(Kind.MALFORMED, frame.key(), "JPEG-LS frame of " + frame.length()
                    + " bytes does not end with EOI (0xFFD9): cut off or padded with garbage");
        }
        DecodeRequest request = new DecodeRequest(CodecId.CHARLS, frame.data(), frame.length(), true, 0, 1,
                frame.pixel(), frame.rendition() == Rendition.REDUCED);
        try {
            DecodedPixels p = runtime.decoding().decode(request, options.timeoutMillis(), target);
            // CharLS gives a signed frame's P-bit patterns as unsigned samples, as the Java decoder decodes them
            StoredValues.signExtend(p.pixels(), frame.pixel());
            return Frames.of(frame, p, TransferSyntax.JPEG_LS_LOSSLESS.equals(frame.transferSyntaxUid()));
        } catch (CodecException e) {
            throw e.toDecodeException(frame.key(), "CharLS", frame.length());
        }
    }

    /** EOI, allowing the one 0x00 pad byte that makes a DICOM fragment even. */
    static boolean endsWithEoi(byte[] d, int length) {
        int end = length > 0 && d[length - 1] == 0 ? length - 1 : length;
        return end >= 2 && (d[end - 2] & 0xFF) == 0xFF && (d[end - 1] & 0xFF) == 0xD9;
    }
}
