package org.glimpse.api.codec;

import java.util.Set;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.PixelBuffer;

/**
 * Decodes frames of some transfer syntaxes. Registered as a service with
 * {@value #TRANSFER_SYNTAX_PROPERTY} listing the UIDs and a {@code service.ranking}; the highest ranked
 * available decoder of a syntax is used. Implementations never crash or hang the caller on bad input:
 * they throw {@link DecodeException}. A {@link Rendition#REDUCED} frame is checked against its own codestream
 * header, within Rows × Columns, and decodes with its true scale. Loaders normally use the
 * {@link DecodeService}, which schedules these decoders.
 */
public interface FrameDecoder {

    /** Service property: the transfer syntax UIDs this decoder handles (String[]). */
    String TRANSFER_SYNTAX_PROPERTY = "glimpse.transfer.syntax";

    /** Short codec name for logs and metrics ("openjph", "openjpeg", "charls", …). */
    String name();

    /** Transfer syntax UIDs handled. */
    Set<String> transferSyntaxes();

    /** Whether the decoder can work here (its native library loaded); when false every decode throws. */
    boolean isAvailable();

    /** Whether a prefix of a frame can be decoded at a reduced level (progressive codestreams). */
    boolean decodesPrefixes();

    /**
     * What the bytes held can yield, read from the codestream without decoding. Cheap (pure Java).
     *
     * @throws DecodeException MALFORMED when the header is invalid or disagrees with the DICOM header
     */
    CodestreamLevels inspect(EncodedFrame frame) throws DecodeException;

    /**
     * Decodes the frame at the requested reduce, or the best the bytes allow.
     *
     * @throws DecodeException with the kind of failure; never an unchecked exception for bad input
     */
    DecodedFrame decode(EncodedFrame frame, DecodeOptions options) throws DecodeException;

    /**
     * Decodes into {@code target} (see {@link DecodeService#submit}): the values go into
     * {@code [target.offset(), target.offset() + values decoded)} and nowhere else. The default decodes and
     * copies; decoders override it to write straight into the target.
     *
     * @throws IllegalArgumentException when the decoded image does not fit {@code target} (nothing written) or
     *         the buffer type does not match BitsAllocated
     */
    default DecodedFrame decode(EncodedFrame frame, DecodeOptions options, PixelBuffer target)
            throws DecodeException {
        DecodedFrame f = decode(frame, options);
        return PixelCopy.into(f, target);
    }
}
