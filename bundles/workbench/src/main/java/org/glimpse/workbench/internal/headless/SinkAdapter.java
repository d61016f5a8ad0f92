package org.glimpse.workbench.internal.headless;

import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameFailure;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.api.frame.LoadOutcome;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.frame.SeriesKey;
import org.glimpse.api.host.SeriesSink;

/** The host SPI's calls for one series, handed to its {@link SeriesRun}. */
final class SinkAdapter implements SeriesSink {

    private final SeriesRun run;
    private volatile SeriesDescriptor descriptor;

    SinkAdapter(SeriesRun run) {
        this.run = run;
    }

    @Override
    public void seriesAdded(SeriesKey series, SeriesDescriptor d) {
        descriptor = d;
        run.added(d);
    }

    /** The syntax the image's bytes arrived in; the metadata's only when the loader does not say. */
    @Override
    public void frameUpdated(SeriesKey series, DecodedFrame frame) {
        if (frame.transferSyntaxUid() != null) {
            run.updated(frame, frame.transferSyntaxUid());
            return;
        }
        InstanceDescriptor instance = descriptor.instanceOf(frame.key());
        run.updated(frame, instance == null ? null : instance.transferSyntaxUid());
    }

    @Override
    public void frameFailed(SeriesKey series, FrameKey frame, FrameFailure failure) {
        run.failed(frame, failure.toString());
    }

    @Override
    public void progress(SeriesKey series, int framesFinal, int framesTotal) {
        run.progress(framesFinal, framesTotal);
    }

    /** Frame failures were reported one by one; only a load that failed as a whole carries its reason here. */
    @Override
    public void loadEnded(SeriesKey series, LoadOutcome outcome) {
        run.ended(switch (outcome.kind()) {
            case FINISHED -> null;
            case CANCELLED -> RunResult.CANCELLED;
            case FAILED -> outcome.framesFailed() > 0 ? null : outcome.failure().toString();
        });
    }
}
