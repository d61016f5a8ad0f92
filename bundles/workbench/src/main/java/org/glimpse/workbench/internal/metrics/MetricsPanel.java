package org.glimpse.workbench.internal.metrics;

import java.awt.BorderLayout;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.Timer;
import javax.swing.table.AbstractTableModel;
import org.glimpse.api.loader.FrameMetrics;
import org.glimpse.api.loader.LoadMetrics;
import org.glimpse.api.loader.LevelEvent;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.workbench.internal.load.QualityStep;
import org.glimpse.workbench.internal.load.SeriesModel;

/**
 * Per frame: when it was first rendered and when at its final quality (as the host saw the images
 * arrive), with the loader's bytes and last stage; below, the timing chart of the quality steps.
 */
public final class MetricsPanel extends JPanel {

    private static final String[] COLUMNS = {"Frame", "First render (ms)", "Final render (ms)", "Steps", "Quality",
        "Bytes", "Stage"};

    private final SeriesModel model;
    private final Supplier<LoadMetrics> loaderMetrics;
    private final Rows rows = new Rows();
    private List<FrameMetrics> loader = List.of();

    public MetricsPanel(SeriesModel model, Supplier<LoadMetrics> loaderMetrics) {
        super(new BorderLayout());
        this.model = model;
        this.loaderMetrics = loaderMetrics;
        setName("metrics");
        JTable table = new JTable(rows);
        table.setName("metrics-table");
        TimingChart chart = new TimingChart(model);
        add(new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(table), chart), BorderLayout.CENTER);
        Timer refresh = new Timer(250, e -> {
            loader = loaderMetrics.get().frames();
            rows.fireTableDataChanged();
            chart.repaint();
        });
        refresh.setRepeats(false);
        model.addListener(refresh::restart);
    }

    /** Milliseconds from the load request to the first image of frame {@code i}, or -1. */
    public static double firstRenderMillis(SeriesModel model, int i) {
        List<QualityStep> s = model.steps(i);
        return s.isEmpty() ? -1 : s.get(0).nanos() / 1e6;
    }

    /** Milliseconds to the full-quality image of frame {@code i}, or -1 while it has none. */
    public static double finalRenderMillis(SeriesModel model, int i) {
        for (QualityStep s : model.steps(i)) {
            if (s.quality() == ImageQualityStatus.FULL_RESOLUTION) {
                return s.nanos() / 1e6;
            }
        }
        return -1;
    }

    private final class Rows extends AbstractTableModel {
        @Override
        public int getRowCount() {
            return model.size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int c) {
            return COLUMNS[c];
        }

        @Override
        public Object getValueAt(int r, int c) {
            FrameMetrics m = r < loader.size() && loader.get(r).frameIndex() == r ? loader.get(r) : null;
            LevelEvent last = m == null ? null : m.lastLevel();
            List<QualityStep> steps = model.steps(r);
            return switch (c) {
                case 0 -> r + 1;
                case 1 -> String.format(java.util.Locale.ROOT, "%.1f", firstRenderMillis(model, r));
                case 2 -> String.format(java.util.Locale.ROOT, "%.1f", finalRenderMillis(model, r));
                case 3 -> steps.size();
                case 4 -> steps.isEmpty() ? "" : steps.get(steps.size() - 1).quality().name();
                case 5 -> m == null ? "" : m.bytes();
                default -> last == null ? "" : last.stageId();
            };
        }
    }
}
