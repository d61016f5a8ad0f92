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
import org.glimpse.codec.internal.core.HeaderGate;
import org.glimpse.codec.internal.jpeg.JpegFrameHeader;
import org.glimpse.codec.internal.worker.CodecId;
import org.glimpse.codec.internal.worker.DecodeRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * JPEG baseline (.50) 8-bit frames with the JDK's reader, in a worker process; {@link JpegExtendedFrameDecoder}
 * (.51) hands its 8-bit frames here. The SOF header is checked here first; 12-bit and lossless JPEG are reported
 * UNSUPPORTED (the JDK has no decoder for them) so that the loader can ask the server for another transfer syntax.
 */
@Component(service = FrameDecoder.class, property = {
    FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + TransferSyntax.JPEG_BASELINE,
    "service.ranking:Integer=10"})
public final class JpegFrameDecoder extends WholeFrameDecoder implements WorkerDecoder {

    private final CodecRuntime runtime;

    @Activate
    public JpegFrameDecoder(@Reference CodecRuntime runtime) {
        super("jdk-jpeg", Set.of(TransferSyntax.JPEG_BASELINE));
        this.runtime = runtime;
    }

    @Override
    public boolean isAvailable() {
        return runtime.available(CodecId.JDK_JPEG);
    }

    @Override
    public DecodedFrame decode(EncodedFrame frame, DecodeOptions options) throws DecodeException {
        return decode(frame, options, null);
    }

    /** Decodes into {@code target}, or a buffer of exactly the decoded size when it is null. */
    @Override
    public DecodedFrame decode(EncodedFrame frame, DecodeOptions options, PixelBuffer target)
            throws DecodeException {
        requireWhole(frame, "JPEG");
        try {
            JpegFrameHeader sof = JpegFrameHeader.read(frame.data(), frame.length());
            if (sof.lossless() || sof.precision() > 8) {
                throw new CodecException(Kind.UNSUPPORTED, "JPEG " + sof.name() + " with " + sof.precision()
                        + "-bit samples: the JDK reader decodes 8-bit DCT JPEG only");
            }
            HeaderGate.check("JPEG " + sof.name(), sof.columns(), sof.rows(), sof.components(), sof.precision(),
                    frame.pixel(), frame.rendition() == Rendition.REDUCED);
            DecodeRequest request = new DecodeRequest(CodecId.JDK_JPEG, frame.data(), frame.length(), true, 0, 1,
                    frame.pixel(), frame.rendition() == Rendition.REDUCED);
            return Frames.of(frame, runtime.decoding().decode(request, options.timeoutMillis(), target), false);
        } catch (CodecException e) {
            throw e.toDecodeException(frame.key(), "JPEG", frame.length());
        }
    }
}
