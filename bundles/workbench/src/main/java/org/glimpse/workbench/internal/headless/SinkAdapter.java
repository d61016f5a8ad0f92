package org.glimpse.workbench.internal.headless;

import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.host.SeriesSink;

/** The host SPI's calls for one series, handed to its {@link SeriesRun}. */
final class SinkAdapter implements SeriesSink {

    private final SeriesRun run;
    private volatile SeriesDescriptor series;

    SinkAdapter(SeriesRun run) {
        this.run = run;
    }

    @Override
    public void seriesAdded(SeriesDescriptor s) {
        series = s;
        run.added(s);
    }

    @Override
    public void frameUpdated(DecodedFrame frame) {
        InstanceDescriptor instance = series.instanceOf(frame.key());
        frameUpdated(frame, instance == null ? null : instance.transferSyntaxUid());
    }

    /** A better image whose bytes arrived in {@code transferSyntaxUid}. */
    void frameUpdated(DecodedFrame frame, String transferSyntaxUid) {
        run.updated(frame, transferSyntaxUid);
    }

    @Override
    public void frameFailed(FrameKey frame, String reason) {
        run.failed(frame, reason);
    }

    @Override
    public void progress(SeriesDescriptor s, int framesFinal, int framesTotal) {
        run.progress(framesFinal, framesTotal);
    }

    @Override
    public void loadFinished(SeriesDescriptor s, boolean cancelled, String reason) {
        run.ended(reason != null ? reason : cancelled ? "cancelled" : null);
    }
}
