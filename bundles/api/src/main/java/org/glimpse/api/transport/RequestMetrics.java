package org.glimpse.api.transport;

import java.net.URI;

/**
 * Measured for every request: where, how, how much and how fast. Times are from the request's start.
 *
 * @param url request URL (never with credentials)
 * @param protocol HTTP/1.1 or HTTP/2.0
 * @param status final HTTP status, or 0 when no response came
 * @param bytes frame bytes delivered (after decompression and multipart parsing)
 * @param queuedNanos time spent waiting in the priority queue
 * @param firstByteNanos time to the first frame byte, or -1
 * @param lastByteNanos time to the last frame byte, or -1
 * @param attempts number of attempts (retries + 1)
 */
public record RequestMetrics(URI url, String protocol, int status, long bytes, long queuedNanos,
        long firstByteNanos, long lastByteNanos, int attempts) {
}
