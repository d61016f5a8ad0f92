package org.glimpse.tools.load;

/**
 * One row of the load benchmark: a series loaded with a retrieve configuration over a network profile.
 *
 * @param name what the row measures (the seed table's wording)
 * @param role the sample series ("dx" or "ct")
 * @param volume whether it loads as a volume
 * @param configuration built-in name, or a file the benchmark writes (see {@link LoadBench})
 * @param profile the reference server's network profile
 * @param anchorFirstMs the browser anchor's first render, or NaN when not measured
 * @param anchorFinalMs the browser anchor's final render (or, for volume rows, every slice shown as a fraction of
 *        the sequential load), or NaN
 * @param cancelAfterMillis when &gt; 0, the series is closed this long after its load was asked for, and the row
 *        measures the cancel
 */
record BenchRow(String name, String role, boolean volume, String configuration, String profile,
        double anchorFirstMs, double anchorFinalMs, long cancelAfterMillis) {

    /** A row that loads to the end. */
    BenchRow(String name, String role, boolean volume, String configuration, String profile, double anchorFirstMs,
            double anchorFinalMs) {
        this(name, role, volume, configuration, profile, anchorFirstMs, anchorFinalMs, 0);
    }

    /** Whether the row closes the series mid-load. */
    boolean cancels() {
        return cancelAfterMillis > 0;
    }
}
