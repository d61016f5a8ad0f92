package org.glimpse.server.http;

import java.util.function.LongSupplier;

/**
 * One client's emulated downstream link: a token bucket without burst allowance. Each chunk reserves the
 * link for {@code bytes × 8 / rate} seconds after the previous reservation, so concurrent responses to the
 * same client (over all their connections) share the bandwidth as they would on a real link.
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

    /**
     * Reserves the link for {@code bytes} from now, or from when it is free; returns the System.nanoTime() at
     * which their last byte has crossed it.
     */
    long reserve(int bytes) {
        return reserve(bytes, clock.getAsLong());
    }

    /**
     * Reserves the link for {@code bytes} from {@code earliest}, or from when it is free; returns the
     * System.nanoTime() at which their last byte has crossed it. An {@code earliest} in the past is a sender
     * that woke up late with bytes it had queued: the link carried them meanwhile, as a socket's send buffer
     * keeps a real link busy while its writer is descheduled.
     */
    synchronized long reserve(int bytes, long earliest) {
        long start = nextFree == Long.MIN_VALUE || nextFree - earliest < 0 ? earliest : nextFree;
        nextFree = start + nanosFor(bytes);
        return nextFree;
    }

    /** How long {@code bytes} take to cross the link. */
    long nanosFor(int bytes) {
        return Math.round(bytes * nanosPerByte);
    }

    /** The clock the reservations are made on. */
    long now() {
        return clock.getAsLong();
    }
}
