package org.glimpse.api.codec;

/**
 * How to decode.
 *
 * @param reduce resolution levels to discard (0 = full size); {@link #BEST_AVAILABLE} = the smallest
 *        reduce the held bytes allow
 * @param threads decoder threads the codec may use (≥ 1)
 * @param timeoutMillis time budget after which the decode is abandoned as hung
 */
public record DecodeOptions(int reduce, int threads, long timeoutMillis) {

    /** Decode to the best level the bytes held allow. */
    public static final int BEST_AVAILABLE = -1;

    /** Full size, best available, two threads, two seconds. */
    public static final DecodeOptions DEFAULT = new DecodeOptions(BEST_AVAILABLE, 2, 2_000);

    public DecodeOptions {
        if (reduce < BEST_AVAILABLE) {
            throw new IllegalArgumentException("reduce must be ≥ -1, was " + reduce);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be ≥ 1, was " + threads);
        }
        if (timeoutMillis < 1) {
            throw new IllegalArgumentException("timeoutMillis must be ≥ 1, was " + timeoutMillis);
        }
    }

    /** The same options at another reduce. */
    public DecodeOptions withReduce(int r) {
        return new DecodeOptions(r, threads, timeoutMillis);
    }
}
