package org.glimpse.workbench.internal.load;

import java.util.Objects;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.host.SeriesSink;

/**
 * The host side of the SPI: every call arrives on a loader thread and is handed to the Swing thread,
 * where the series' {@link SeriesModel} changes and the views repaint. Returns at once.
 */
public final class SwingSeriesSink implements SeriesSink {

    private final long startNanos;
    private final Consumer<SeriesModel> opened;
    private final Consumer<String> log;
    private SeriesModel model;

    /**
     * @param startNanos when the series was asked to load ({@link System#nanoTime()})
     * @param opened called on the Swing thread with the model once the metadata are read
     * @param log where frame failures are told
     */
    public SwingSeriesSink(long startNanos, Consumer<SeriesModel> opened, Consumer<String> log) {
        this.startNanos = startNanos;
        this.opened = Objects.requireNonNull(opened, "opened is null");
        this.log = Objects.requireNonNull(log, "log is null");
    }

    @Override
    public void seriesAdded(SeriesDescriptor series) {
        SwingUtilities.invokeLater(() -> {
            model = new SeriesModel(series, startNanos);
            opened.accept(model);
        });
    }

    @Override
    public void frameUpdated(DecodedFrame frame) {
        long now = System.nanoTime();
        SwingUtilities.invokeLater(() -> {
            if (model != null) {
                model.offer(frame, now);
            }
        });
    }

    @Override
    public void frameFailed(FrameKey frame, String reason) {
        SwingUtilities.invokeLater(() -> log.accept(frame + ": " + reason));
    }

    @Override
    public void progress(SeriesDescriptor series, int framesFinal, int framesTotal) {
        SwingUtilities.invokeLater(() -> {
            if (model != null) {
                model.progress(framesFinal);
            }
        });
    }

    @Override
    public void loadFinished(SeriesDescriptor series, boolean cancelled, String reason) {
        String outcome = reason != null ? reason : cancelled ? "cancelled" : "complete";
        SwingUtilities.invokeLater(() -> {
            if (model != null) {
                model.finish(outcome);
            } else {
                log.accept(series.seriesInstanceUid() + ": " + outcome);
            }
        });
    }
}
