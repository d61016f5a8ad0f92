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
 */
record BenchRow(String name, String role, boolean volume, String configuration, String profile,
        double anchorFirstMs, double anchorFinalMs) {
}
