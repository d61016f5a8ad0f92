package org.glimpse.loader.internal.store;

/**
 * How many frames share one slab. G1 gives an array larger than half a heap region a run of whole regions of its
 * own (a humongous object), whose unused tail is lost and which is only reclaimed in particular collections. So
 * frames that fit are packed into slabs just below half a region; a frame that cannot fit (a 512² 16-bit frame
 * is 16 bytes over half of a 1 MB region) must be humongous, and then as many frames share a slab as fill its
 * regions best, so that the lost tail is a small part of it.
 *
 * @param framesPerSlab frames in every slab but the series' last
 * @param humongous whether a slab is a humongous object (it must be: one frame is more than half a region)
 */
public record SlabLayout(int framesPerSlab, boolean humongous) {

    /** Bytes of an array's header on a 64-bit JVM with compressed class pointers. */
    static final int ARRAY_HEADER = 16;
    /** The most bytes one humongous slab holds: a larger slab gains little and pins more frames together. */
    static final long MAX_HUMONGOUS_SLAB = 64L << 20;

    public SlabLayout {
        if (framesPerSlab < 1) {
            throw new IllegalArgumentException("a slab holds at least one frame, was " + framesPerSlab);
        }
    }

    /**
     * @param frameBytes bytes of one frame's values
     * @param frames frames of this size in the series
     * @param regionBytes the G1 heap region size
     */
    public static SlabLayout of(long frameBytes, int frames, long regionBytes) {
        if (frameBytes < 1 || frames < 1 || regionBytes < 2) {
            throw new IllegalArgumentException("frame bytes, frames and region size must be ≥ 1, were " + frameBytes
                    + ", " + frames + ", " + regionBytes);
        }
        long half = regionBytes / 2;
        if (frameBytes + ARRAY_HEADER <= half) {
            return new SlabLayout((int) Math.min(frames, (half - ARRAY_HEADER) / frameBytes), false);
        }
        long most = Math.max(1, Math.min(frames, Math.min(MAX_HUMONGOUS_SLAB, Integer.MAX_VALUE - 8) / frameBytes));
        int best = 1;
        double bestUse = 0;
        for (int k = 1; k <= most; k++) {
            long bytes = k * frameBytes + ARRAY_HEADER;
            long regions = (bytes + regionBytes - 1) / regionBytes;
            double use = (double) (k * frameBytes) / (regions * regionBytes);
            if (use > bestUse + 1e-9) {
                best = k;
                bestUse = use;
            }
        }
        return new SlabLayout(best, true);
    }
}
