package org.glimpse.codec.internal.decoder;

import org.glimpse.api.codec.CodestreamLevels;
import org.glimpse.api.codec.EncodedFrame;

/** Codecs without resolution levels: one level, complete only with the whole frame. */
final class WholeFrameLevels {

    private WholeFrameLevels() {
    }

    static CodestreamLevels of(EncodedFrame frame) {
        boolean done = frame.complete();
        return new CodestreamLevels(frame.pixel().columns(), frame.pixel().rows(), 0,
                new long[] {done ? frame.length() : -1}, done ? 0 : -1);
    }
}
