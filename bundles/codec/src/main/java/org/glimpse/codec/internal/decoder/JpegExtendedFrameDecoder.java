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
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.jpeg.JpegDctCodec;
import org.glimpse.codec.internal.jpeg.JpegFrameHeader;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * JPEG Extended (.51, processes 2 and 4): 12-bit frames are decoded in Java in the caller's process, which the
 * JDK cannot do; 8-bit frames go to the JDK reader in a worker process as baseline JPEG does, so that colour
 * frames keep its upsampling, or are decoded in Java too when that worker path is unavailable.
 */
@Component(service = FrameDecoder.class, property = {
    FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + TransferSyntax.JPEG_EXTENDED,
    "service.ranking:Integer=20"})
public final class JpegExtendedFrameDecoder extends WholeFrameDecoder implements CancellableDecoder, WorkerDecoder {

    private final JpegFrameDecoder eightBit;

    @Activate
    public JpegExtendedFrameDecoder(@Reference CodecRuntime runtime) {
        super("jpeg-extended", Set.of(TransferSyntax.JPEG_EXTENDED));
        this.eightBit = new JpegFrameDecoder(runtime);
    }

    /**
     * 8-bit frames (BitsAllocated 8: their SOF says 8-bit precision) go to a worker while it is available; the
     * decode service counts them against the workers, not against this JVM's decodes.
     */
    @Override
    public boolean inWorker(EncodedFrame frame) {
        return frame.pixel().bitsAllocated() <= 8 && eightBit.isAvailable();
    }

    /** The 12-bit decode in Java stops at {@code cancel}; an 8-bit one in a worker is stopped by the pool. */
    @Override
    public DecodedFrame decode(EncodedFrame frame, DecodeOptions options, PixelBuffer target,
            Cancellation cancel) throws DecodeException {
        requireWhole(frame, "JPEG");
        JpegFrameHeader sof;
        try {
            sof = JpegFrameHeader.read(frame.data(), frame.length());
        } catch (CodecException e) {
            throw e.toDecodeException(frame.key(), "JPEG extended", frame.length());
        }
        if (sof.precision() <= 8 && !sof.lossless() && eightBit.isAvailable()) {
            return target == null ? eightBit.decode(frame, options) : eightBit.decode(frame, options, target);
        }
        return CancellableDecoder.decodeWith(JpegDctCodec::decode, "JPEG extended", false, frame, target, cancel);
    }
}
