package org.glimpse.api.codec;

import org.glimpse.api.frame.PixelBuffer;

/**
 * Asynchronous decoding for a loader that schedules many frames: a bounded pool of decoders (worker
 * processes for native codecs, threads for the pure-Java ones), fed from one queue ordered by priority.
 * Registered once by the codec bundle; it dispatches each frame to the highest ranked available
 * {@link FrameDecoder} of its transfer syntax. Its worker processes are started and warmed (one decode of
 * each native codec) when the bundle activates, not at the first frame.
 *
 * <p>Typical use:
 * <pre>{@code
 * short[] slab = new short[8 * 512 * 512];            // eight CT frames in one array
 * PixelBuffer target = new PixelBuffer.Shorts(slab, 3 * 512 * 512, 512 * 512, true);
 * DecodeTask t = decoding.submit(frame, DecodeOptions.DEFAULT, 10, target);
 * t.completion().thenAccept(host::show);
 * t.reprioritize(0);                                  // the user scrolled to it
 * t.cancel(true);                                     // the series closed
 * }</pre>
 *
 * <p>Never throws on bad bytes: a failed decode completes its task exceptionally with a
 * {@link DecodeException} that says what was wrong.
 */
@org.osgi.annotation.versioning.ProviderType
public interface DecodeService {

    /**
     * Queues a decode. Decoded values go into {@code target} when it is given: only into
     * {@code [target.offset(), target.offset() + values decoded)}, and the decoded frame's pixels are a view of
     * the same array there. {@code target.length()} must hold the decoded image; Rows × Columns ×
     * SamplesPerPixel values always suffice (no rendition or reduce is larger). When the decoded image turns out
     * larger, the task fails with an {@code IllegalArgumentException} naming both sizes and the buffer is not
     * touched. With a null target the service allocates a buffer of exactly the decoded size.
     *
     * <p>The encoded bytes must not change until the task is done.
     *
     * @param priority lower first; equal priorities in submission order
     * @param target where to write the values, or null
     * @throws IllegalArgumentException when {@code target}'s type does not match BitsAllocated (8: bytes,
     *         16: shorts)
     */
    DecodeTask submit(EncodedFrame frame, DecodeOptions options, int priority, PixelBuffer target);

    /** {@link #submit(EncodedFrame, DecodeOptions, int, PixelBuffer)} into a buffer the service allocates. */
    default DecodeTask submit(EncodedFrame frame, DecodeOptions options, int priority) {
        return submit(frame, options, priority, null);
    }

    /**
     * What the bytes held can yield, read without decoding (cheap, pure Java, in the caller's thread).
     *
     * @throws DecodeException MALFORMED when the header is invalid or disagrees with the DICOM header;
     *         UNAVAILABLE when no decoder handles the transfer syntax
     */
    CodestreamLevels inspect(EncodedFrame frame) throws DecodeException;

    /** Whether an available decoder handles the transfer syntax. */
    boolean canDecode(String transferSyntaxUid);

    /** Whether a prefix of a frame in this transfer syntax can be decoded to a lower resolution level. */
    boolean decodesPrefixes(String transferSyntaxUid);

    /** How many decodes run at the same time (the pool's size); more submitted decodes wait in the queue. */
    int concurrency();

    /** Decodes submitted and not yet started. */
    int waiting();

    /**
     * A load began: its first decodes come within moments (a link's latency). The service may get its decoders
     * ready meanwhile (worker processes watching for requests for a short while instead of sleeping), so that the
     * first image does not wait for a decoder to be woken. Cheap; returns at once.
     *
     * @since 1.4
     */
    default void loadStarting() {
        // a service whose decoders never sleep has nothing to do
    }
}
