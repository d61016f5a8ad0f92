package org.glimpse.codec.internal.decoder;

import java.util.concurrent.CancellationException;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.codec.Rendition;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.codec.internal.core.Cancellation;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedPixels;

/**
 * A decoder that runs in the caller's thread and stops early when its caller cancels: the decode service hands
 * it the task's cancel state, so that a cancelled decode frees the decoder thread for the next frame (a decoder
 * in a worker process is stopped by the pool instead).
 */
public interface CancellableDecoder extends FrameDecoder {

    /** A decode nobody can cancel, into a buffer of exactly the decoded size. */
    @Override
    default DecodedFrame decode(EncodedFrame frame, DecodeOptions options) throws DecodeException {
        return decode(frame, options, null, Cancellation.NONE);
    }

    /** A decode nobody can cancel, straight into {@code target}. */
    @Override
    default DecodedFrame decode(EncodedFrame frame, DecodeOptions options, PixelBuffer target)
            throws DecodeException {
        return decode(frame, options, target, Cancellation.NONE);
    }

    /**
     * As {@link #decode(EncodedFrame, DecodeOptions, PixelBuffer)} ({@code target} may be null), asking
     * {@code cancel} as it goes; what it wrote into {@code target} before it stopped stays there.
     *
     * @throws CancellationException naming the frame and how far the decode got, once {@code cancel} says so
     */
    DecodedFrame decode(EncodedFrame frame, DecodeOptions options, PixelBuffer target, Cancellation cancel)
            throws DecodeException;

    /** A codec of this package's Java decoders: a whole frame's bytes into {@code target}, asking {@code cancel}. */
    @FunctionalInterface
    interface JavaCodec {
        DecodedPixels decode(byte[] data, int length, PixelDescriptor pixel, boolean reduced, PixelBuffer target,
                Cancellation cancel) throws CodecException;
    }

    /**
     * Runs {@code codec} on {@code frame}: its errors become the frame's {@link DecodeException}, named by
     * {@code format}, and its cancellation names the frame.
     */
    static DecodedFrame decodeWith(JavaCodec codec, String format, boolean lossless, EncodedFrame frame,
            PixelBuffer target, Cancellation cancel) throws DecodeException {
        try {
            return Frames.of(frame, codec.decode(frame.data(), frame.length(), frame.pixel(),
                    frame.rendition() == Rendition.REDUCED, target, cancel), lossless);
        } catch (CodecException e) {
            throw e.toDecodeException(frame.key(), format, frame.length());
        } catch (CancellationException e) {
            CancellationException named = new CancellationException(frame.key() + ": " + e.getMessage());
            named.initCause(e);
            throw named;
        }
    }
}
