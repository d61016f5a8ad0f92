package org.glimpse.transport.internal.schedule;

import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.transport.SeriesLocation;

/** A request as the queue sees it: its ordering keys, and how to start and cancel it. */
public interface Schedulable {

    RequestType requestType();

    int priority();

    int frameIndex();

    SeriesLocation series();

    /** Submission order: the last tie-breaker, so equal requests keep first-come order. */
    long sequence();

    /** Called once, outside any queue lock, when a slot is free. */
    void start();

    /** Cancels the request (from the queue or in flight). */
    void cancel();

    /**
     * Ends a request its series' cancel took out of the queue before it started, without telling its caller yet
     * (see {@link #reportDiscarded}); false when it had already ended.
     */
    boolean discard();

    /** Tells the caller of a discarded request that it was cancelled. */
    void reportDiscarded();
}
