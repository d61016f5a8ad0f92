package org.glimpse.workbench.internal.load;

import java.util.Objects;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameFailure;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.frame.LoadOutcome;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.frame.SeriesKey;
import org.glimpse.api.host.SeriesSink;

/**
 * The host side of the SPI for one series: every call arrives on a loader thread and is handed to the
 * Swing thread, where the series' {@link SeriesModel} changes and the views repaint. Returns at once.
 */
public final class SwingSeriesSink implements SeriesSink {

    private final long startNanos;
    private final Consumer<SeriesModel> opened;
    private final Consumer<String> log;
    private SeriesModel model;

    /**
     * @param startNanos when the series was asked to load ({@link System#nanoTime()})
     * @param opened called on the Swing thread with the model once the metadata are read
     * @param log where failures are told
     */
    public SwingSeriesSink(long startNanos, Consumer<SeriesModel> opened, Consumer<String> log) {
        this.startNanos = startNanos;
        this.opened = Objects.requireNonNull(opened, "opened is null");
        this.log = Objects.requireNonNull(log, "log is null");
    }

    @Override
    public void seriesAdded(SeriesKey series, SeriesDescriptor descriptor) {
        SwingUtilities.invokeLater(() -> {
            model = new SeriesModel(descriptor, startNanos);
            try {
                opened.accept(model);
            } catch (RuntimeException e) {
                // said where the user looks, not only on the Swing thread's stderr: the series did not open
                log.accept("cannot show " + series + ": " + e);
                throw e;
            }
        });
    }

    @Override
    public void frameUpdated(SeriesKey series, DecodedFrame frame) {
        long now = System.nanoTime();
        later(m -> m.offer(frame, now));
    }

    @Override
    public void frameFailed(SeriesKey series, FrameKey frame, FrameFailure failure) {
        SwingUtilities.invokeLater(() -> log.accept(frame + ": " + failure));
    }

    @Override
    public void progress(SeriesKey series, int framesFinal, int framesTotal) {
        later(m -> m.progress(framesFinal));
    }

    @Override
    public void coverageReached(SeriesKey series, ImageQualityStatus atLeast) {
        later(m -> m.coverage(atLeast));
    }

    @Override
    public void volumeChanged(SeriesKey series, int framesChanged) {
        later(SeriesModel::volumeChanged);
    }

    @Override
    public void loadEnded(SeriesKey series, LoadOutcome outcome) {
        String text = switch (outcome.kind()) {
            case FINISHED -> "complete";
            case CANCELLED -> "cancelled";
            case FAILED -> outcome.framesFailed() + " failed: " + outcome.failure().message();
        };
        SwingUtilities.invokeLater(() -> {
            if (model != null) {
                model.finish(text);
            }
            if (outcome.kind() == LoadOutcome.Kind.FAILED) {
                log.accept(series + ": " + outcome.failure());
            }
        });
    }

    private void later(Consumer<SeriesModel> change) {
        SwingUtilities.invokeLater(() -> {
            if (model != null) {
                change.accept(model);
            }
        });
    }
}
