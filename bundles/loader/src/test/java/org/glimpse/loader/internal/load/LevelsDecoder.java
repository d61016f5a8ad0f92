package org.glimpse.loader.internal.load;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.glimpse.api.codec.CodestreamLevels;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.frame.PixelBuffer;

/**
 * A decoder of a test's own progressive syntax: any prefix decodes at the reduce asked (the level ends are the
 * published ones), to 16-bit values that say the frame, the reduce and the position, so that a test can tell
 * whether an image's values were written over.
 */
final class LevelsDecoder extends ProgressiveTestDecoder {

    /** Whole frames' decodes wait for it while it is closed (null: they go at once). */
    private volatile CountDownLatch wholeGate;

    LevelsDecoder(String transferSyntaxUid) {
        super("levels", transferSyntaxUid);
    }

    /** Whole frames' decodes wait from now on, until {@link #openWholeDecodes}. */
    void holdWholeDecodes() {
        wholeGate = new CountDownLatch(1);
    }

    void openWholeDecodes() {
        CountDownLatch gate = wholeGate;
        wholeGate = null;
        if (gate != null) {
            gate.countDown();
        }
    }

    @Override
    public CodestreamLevels inspect(EncodedFrame frame) {
        return new CodestreamLevels(frame.pixel().columns(), frame.pixel().rows(), 0, new long[] {frame.length()}, 0);
    }

    @Override
    public DecodedFrame decode(EncodedFrame frame, DecodeOptions options) {
        CountDownLatch gate = wholeGate;
        if (frame.complete() && gate != null) {
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int reduce = frame.complete() ? 0 : options.reduce();
        int w = LevelChoice.size(frame.pixel().columns(), reduce);
        int h = LevelChoice.size(frame.pixel().rows(), reduce);
        short[] values = new short[w * h];
        for (int i = 0; i < values.length; i++) {
            values[i] = (short) (frame.key().frameNumber() * 1000 + reduce * 100 + i % 97);
        }
        return new DecodedFrame(frame.key(), w, h, 1, frame.pixel().bitsStored(), reduce,
                reduce == 0 ? ImageQualityStatus.FULL_RESOLUTION : ImageQualityStatus.SUBRESOLUTION, null,
                new PixelBuffer.Shorts(values, false));
    }
}
