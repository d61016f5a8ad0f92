package org.glimpse.loader.internal.load;

/**
 * How long a decode waited in the decode queue and how long a decoder then took, apart: on a busy machine
 * the wait can be many times the decode.
 */
record DecodeTimes(double queueMillis, double decodeMillis) {
    DecodeTimes {
        if (!(queueMillis >= 0) || !(decodeMillis >= 0)) {
            throw new IllegalArgumentException("decode times must be ≥ 0, were queue " + queueMillis + " ms, decode "
                    + decodeMillis + " ms");
        }
    }
}
