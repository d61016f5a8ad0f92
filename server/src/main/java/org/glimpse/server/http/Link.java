package org.glimpse.server.http;

import java.util.function.LongSupplier;

/**
 * One client's emulated downstream link: a token bucket without burst allowance. Each chunk reserves the
 * link for {@code bytes × 8 / rate} seconds after the previous reservation, so concurrent responses to the
 * same client share the bandwidth as they would on a real link.
 */
final class Link {
    private final double nanosPerByte;
    private final LongSupplier clock;
    private long nextFree = Long.MIN_VALUE;

    Link(long bitsPerSecond) {
        this(bitsPerSecond, System::nanoTime);
    }

    /** @param clock nanosecond clock, System::nanoTime but for tests */
    Link(long bitsPerSecond, LongSupplier clock) {
        this.nanosPerByte = 8e9 / bitsPerSecond;
        this.clock = clock;
    }

    /** Reserves the link for {@code bytes}; returns the System.nanoTime() at which they may be sent. */
    synchronized long reserve(int bytes) {
        long now = clock.getAsLong();
        long start = nextFree == Long.MIN_VALUE || nextFree - now < 0 ? now : nextFree;
        nextFree = start + Math.round(bytes * nanosPerByte);
        return start;
    }
}
