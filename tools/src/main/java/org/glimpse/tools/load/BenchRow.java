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
 * @param h2c whether the workstation's site for the server asks for HTTP/2 by prior knowledge (with
 *        {@link #H2C_STREAMS} streams); else the transport's default, HTTP/1.1 with six connections
 */
record BenchRow(String name, String role, boolean volume, String configuration, String profile,
        double anchorFirstMs, double anchorFinalMs, long cancelAfterMillis, boolean h2c) {

    /** Streams in flight on the h2c rows: past the link's bandwidth × latency for 5 KB ranges. */
    static final int H2C_STREAMS = 16;

    /** A row that loads to the end. */
    BenchRow(String name, String role, boolean volume, String configuration, String profile, double anchorFirstMs,
            double anchorFinalMs) {
        this(name, role, volume, configuration, profile, anchorFirstMs, anchorFinalMs, 0, false);
    }

    /** A row that closes the series {@code cancelAfterMillis} after asking for it. */
    BenchRow(String name, String role, boolean volume, String configuration, String profile, double anchorFirstMs,
            double anchorFinalMs, long cancelAfterMillis) {
        this(name, role, volume, configuration, profile, anchorFirstMs, anchorFinalMs, cancelAfterMillis, false);
    }

    /** Whether the row closes the series mid-load. */
    boolean cancels() {
        return cancelAfterMillis > 0;
    }

    /** The same row over h2c, named so. */
    BenchRow overH2c() {
        return new BenchRow(name + ", h2c", role, volume, configuration, profile, anchorFirstMs, anchorFinalMs,
                cancelAfterMillis, true);
    }
}
