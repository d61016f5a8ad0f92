package org.glimpse.api.codec;

import java.util.Set;
import org.glimpse.api.frame.DecodedFrame;

/**
 * Decodes frames of some transfer syntaxes. Registered as a service with
 * {@value #TRANSFER_SYNTAX_PROPERTY} listing the UIDs and a {@code service.ranking}; the highest ranked
 * available decoder of a syntax is used. Implementations never crash or hang the caller on bad input:
 * they throw {@link DecodeException}.
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
}
