package org.glimpse.api.loader;

import java.util.concurrent.CompletableFuture;
import org.glimpse.api.frame.LoadOutcome;
import org.glimpse.api.frame.SeriesKey;
import org.osgi.annotation.versioning.ProviderType;

/** A series being loaded: the host reads images from it and tells it what is in view. */
@ProviderType
public interface SeriesLoad extends FrameSource, ViewerSignals {

    /** The series. */
    SeriesKey series();

    /** Completes with the outcome once every frame is final or failed, or the load was cancelled. */
    CompletableFuture<LoadOutcome> completion();

    /**
     * Stops loading: queued and running requests and decodes are cancelled and the loader's buffers for the
     * series are released. Images already delivered stay with the host. The future completes (with a
     * CANCELLED outcome, or the outcome it had already ended with) once nothing of the series is in flight.
     */
    CompletableFuture<LoadOutcome> cancel();

    /**
     * Loads the frames that failed again, from the stage at which each failed; images already shown stay. The
     * sink gets a new {@code loadEnded} when they are done. Returns the new completion.
     */
    CompletableFuture<LoadOutcome> retryFailed();

    /** A snapshot of per-frame metrics, in frame order. */
    LoadMetrics metrics();
}
