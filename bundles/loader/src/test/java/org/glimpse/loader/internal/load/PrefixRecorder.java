package org.glimpse.loader.internal.load;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.glimpse.api.codec.CodestreamLevels;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.frame.DecodedFrame;

/**
 * A decoder of prefixes that records each decode ("reduce R from N bytes") and hands back a blank image of the
 * level's size; the decode of the instance named {@code held} (if any) waits until the test opens {@link #release}.
 * Level ends come from the metadata, never from an inspection.
 */
final class PrefixRecorder extends ProgressiveTestDecoder {

    /** Each decode, in order: "reduce R from N", or "held" for the held instance's. */
    final List<String> decodes = new CopyOnWriteArrayList<>();
    /** Counted down when the held decode starts waiting. */
    final CountDownLatch holding = new CountDownLatch(1);
    /** Counted down by the test: the held decode goes on. */
    final CountDownLatch release = new CountDownLatch(1);
    private final String held;

    /** @param held the SOP Instance UID whose decode waits for {@link #release}, or null */
    PrefixRecorder(String transferSyntaxUid, String held) {
        super("prefix-recorder", transferSyntaxUid);
        this.held = held;
    }

    @Override
    public CodestreamLevels inspect(EncodedFrame frame) {
        throw new AssertionError("the published level ends are enough");
    }

    @Override
    public DecodedFrame decode(EncodedFrame frame, DecodeOptions options) {
        if (frame.key().sopInstanceUid().equals(held)) {
            decodes.add("held");
            holding.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            decodes.add("reduce " + options.reduce() + " from " + frame.length());
        }
        return blank(frame, options.reduce());
    }
}
