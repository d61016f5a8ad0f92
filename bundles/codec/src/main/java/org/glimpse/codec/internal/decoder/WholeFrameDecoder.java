package org.glimpse.codec.internal.decoder;

import java.util.Set;
import org.glimpse.api.codec.CodestreamLevels;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.codec.FrameDecoder;

/**
 * A decoder for a codec without resolution levels: nothing can be shown before the last byte, so a frame
 * has one level, complete only with the whole frame. Subclasses decode; availability defaults to always.
 */
abstract class WholeFrameDecoder implements FrameDecoder {

    private final String name;
    private final Set<String> syntaxes;

    WholeFrameDecoder(String name, Set<String> syntaxes) {
        this.name = name;
        this.syntaxes = syntaxes;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Set<String> transferSyntaxes() {
        return syntaxes;
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public final boolean decodesPrefixes() {
        return false;
    }

    @Override
    public final CodestreamLevels inspect(EncodedFrame frame) {
        boolean done = frame.complete();
        return new CodestreamLevels(frame.pixel().columns(), frame.pixel().rows(), 0,
                new long[] {done ? frame.length() : -1}, done ? 0 : -1);
    }

    /** Refuses a prefix: {@code format} decodes only whole frames. */
    static void requireWhole(EncodedFrame frame, String format) throws DecodeException {
        if (!frame.complete()) {
            throw new DecodeException(Kind.INCOMPLETE, frame.key(), format + " decodes only whole frames; "
                    + frame.length() + " bytes held so far");
        }
    }
}
