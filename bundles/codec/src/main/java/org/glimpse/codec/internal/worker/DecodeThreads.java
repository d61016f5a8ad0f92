package org.glimpse.codec.internal.worker;

/**
 * How many threads a native decode uses (OpenJPEG is the only codec here that runs more than one). Its thread
 * pool starts its threads for each decode and hands them work under a lock, which costs more than it saves on
 * small images: measured with the library alone on a 512² CT frame, two threads took 0.39 ms at reduce 2 where
 * one took 0.19, 0.88 against 0.75 at reduce 1, and no less at full size. And while other decodes keep the cores
 * busy, a second thread only takes a core from them.
 */
public final class DecodeThreads {
    /** Decoded values from which a decode may use the threads it was given. */
    static final long MIN_VALUES = 1L << 20;

    private DecodeThreads() {
    }

    /**
     * @param coresFree whether the cores are not all taken by other decodes
     * @return the threads {@code job} asks for when its decoded image is large and the cores free, else 1
     */
    public static int of(DecodeJob job, boolean coresFree) {
        if (job.threads() <= 1 || !coresFree) {
            return 1;
        }
        long columns = ceilShift(job.pixel().columns(), job.reduce());
        long rows = ceilShift(job.pixel().rows(), job.reduce());
        return columns * rows * job.pixel().samplesPerPixel() >= MIN_VALUES ? job.threads() : 1;
    }

    private static long ceilShift(int n, int shift) {
        int s = Math.min(Math.max(0, shift), 30);
        return ((long) n + (1L << s) - 1) >> s;
    }
}
