package org.glimpse.api.transport;

import java.util.concurrent.CompletableFuture;
import org.glimpse.api.frame.SeriesDescriptor;
import org.osgi.annotation.versioning.ProviderType;

/** WADO-RS retrieval (DICOM PS3.18 §10.4): series metadata, and frames streamed as they arrive. */
@ProviderType
public interface FrameTransport {

    /** Reads {@code {series}/metadata} (DICOM JSON) into descriptors, instances in server order. */
    CompletableFuture<SeriesDescriptor> seriesMetadata(SeriesLocation series);

    /** Queues a frame retrieval; events reach {@code listener} as bytes arrive. */
    FrameExchange fetch(FrameRequest request, FrameListener listener);

    /** The frame in view moved: queued requests of the series are re-ordered by distance from it. */
    void viewAt(SeriesLocation series, int frameIndex);

    /** Cancels every queued and running request of a series; returns how many were cancelled. */
    int cancel(SeriesLocation series);
}
