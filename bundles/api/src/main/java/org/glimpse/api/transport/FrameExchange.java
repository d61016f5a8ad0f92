package org.glimpse.api.transport;

import java.util.concurrent.CompletableFuture;
import org.glimpse.api.retrieve.RequestType;
import org.osgi.annotation.versioning.ProviderType;

/** A frame retrieval queued or under way. */
@ProviderType
public interface FrameExchange {

    /** The request as made. */
    FrameRequest request();

    /** Aborts the exchange at once (or drops it from the queue) and releases its buffers. */
    void cancel();

    /** Moves a queued request to another place in the queue; no effect once it has started. */
    void reprioritize(RequestType requestType, int priority);

    /** Completes with the result, or exceptionally with a {@link TransportException}. */
    CompletableFuture<FrameResult> completion();
}
