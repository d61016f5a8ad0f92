package org.glimpse.api.loader;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.host.FrameSource;
import org.glimpse.api.host.ViewerSignals;

/** A series being loaded: the host reads images from it and tells it what is in view. */
public interface SeriesLoad extends FrameSource, ViewerSignals {

    /** Completes with the series once every frame is final or failed; cancelled loads complete too. */
    CompletableFuture<SeriesDescriptor> completion();

    /** Stops loading and releases what is in flight; images already delivered stay with the host. */
    void cancel();

    /** A snapshot of per-frame metrics, in frame order. */
    List<FrameMetrics> metrics();
}
