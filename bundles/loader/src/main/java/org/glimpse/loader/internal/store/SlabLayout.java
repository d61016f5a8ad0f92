package org.glimpse.loader.internal.store;

/**
 * How many frames share one slab. G1 gives an array larger than half a heap region a run of whole regions of its
 * own (a humongous object), whose unused tail is lost. So frames are packed into slabs just below half a region
 * when those fill a region well; a frame that cannot fit (a 512² 16-bit frame is 16 bytes over half of a 1 MB
 * region) must be humongous, and then as many frames share a slab as fill its regions best, so that the lost tail
 * is a small part of it. Slabs below half a region can fill a region badly too: three 512² 16-bit frames (1.5 MB)
 * go twice into a 4 MB region, and once the collector has copied them out of the young generation into old
 * regions a quarter of each stays empty (counted as used: 30 MB over a 200-slice volume's 105 MB); when
 * humongous slabs fill their regions a tenth better, they are taken instead (and the collector never copies
 * them).
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
        SlabLayout humongous = humongous(frameBytes, frames, regionBytes);
        if (frameBytes + ARRAY_HEADER > half) {
            return humongous;
        }
        int k = (int) Math.min(frames, (half - ARRAY_HEADER) / frameBytes);
        long slab = k * frameBytes + ARRAY_HEADER;
        double packed = (double) (regionBytes / slab) * k * frameBytes / regionBytes;
        // a series smaller than one slab is one small array: nothing to gain from a humongous one
        boolean better = k < frames && use(humongous.framesPerSlab(), frameBytes, regionBytes) > packed + 0.1;
        return better ? humongous : new SlabLayout(k, false);
    }

    /** The share of its regions a humongous slab of {@code k} frames fills. */
    private static double use(int k, long frameBytes, long regionBytes) {
        long regions = (k * frameBytes + ARRAY_HEADER + regionBytes - 1) / regionBytes;
        return (double) (k * frameBytes) / (regions * regionBytes);
    }

    private static SlabLayout humongous(long frameBytes, int frames, long regionBytes) {
        long most = Math.max(1, Math.min(frames, Math.min(MAX_HUMONGOUS_SLAB, Integer.MAX_VALUE - 8) / frameBytes));
        int best = 1;
        double bestUse = 0;
        for (int k = 1; k <= most; k++) {
            double use = use(k, frameBytes, regionBytes);
            if (use > bestUse + 1e-9) {
                best = k;
                bestUse = use;
            }
        }
        return new SlabLayout(best, true);
    }
}
