package org.glimpse.tools.load;

/**
 * What each row's workstation does before its measured load, so that it runs as one in service does: requests
 * sent through its transport, then unmeasured loads of the same series.
 *
 * @param requests requests for the first kilobyte of the series' first frame
 * @param loads unmeasured loads
 */
record Warming(int requests, int loads) {
    Warming {
        if (requests < 0 || loads < 0) {
            throw new IllegalArgumentException("warm-up requests " + requests + " and loads " + loads
                    + " must be ≥ 0");
        }
    }
}
