package org.glimpse.workbench.internal.metrics;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.util.List;
import java.util.Map;
import javax.swing.JComponent;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.workbench.internal.load.QualityStep;
import org.glimpse.workbench.internal.load.SeriesModel;

/**
 * When each frame reached each quality: one lane per frame, time across; a lane is coloured by the
 * quality its frame showed from one step to the next, so a progressive load reads as a ramp of colours
 * and a whole-frame load as one step.
 */
final class TimingChart extends JComponent {

    static final Map<ImageQualityStatus, Color> COLORS = Map.of(
            ImageQualityStatus.FAR_REPLICATE, new Color(0x455A64),
            ImageQualityStatus.ADJACENT_REPLICATE, new Color(0x607D8B),
            ImageQualityStatus.SUBRESOLUTION, new Color(0xFFB347),
            ImageQualityStatus.LOSSY, new Color(0xFFE066),
            ImageQualityStatus.FULL_RESOLUTION, new Color(0x66DD66));

    private final SeriesModel model;

    TimingChart(SeriesModel model) {
        this.model = model;
        setName("timing-chart");
        setPreferredSize(new Dimension(600, 240));
        setOpaque(true);
        setBackground(Color.DARK_GRAY);
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        g.setColor(getBackground());
        g.fillRect(0, 0, getWidth(), getHeight());
        long end = Math.max(1, lastStepNanos());
        int n = Math.max(1, model.size());
        double lane = (getHeight() - 20) / (double) n;
        for (int i = 0; i < model.size(); i++) {
            List<QualityStep> steps = model.steps(i);
            for (int s = 0; s < steps.size(); s++) {
                long from = steps.get(s).nanos();
                long to = s + 1 < steps.size() ? steps.get(s + 1).nanos() : end;
                g.setColor(COLORS.get(steps.get(s).quality()));
                int x0 = x(from, end);
                g.fillRect(x0, (int) (i * lane), Math.max(1, x(to, end) - x0), Math.max(1, (int) Math.ceil(lane)));
            }
        }
        g.setColor(Color.LIGHT_GRAY);
        g.drawString("0 ms", 2, getHeight() - 4);
        String last = String.format("%.0f ms", end / 1e6);
        g.drawString(last, getWidth() - g.getFontMetrics().stringWidth(last) - 2, getHeight() - 4);
        g.dispose();
    }

    private int x(long nanos, long end) {
        return (int) ((getWidth() - 1) * (double) nanos / end);
    }

    private long lastStepNanos() {
        long max = 0;
        for (int i = 0; i < model.size(); i++) {
            for (QualityStep s : model.steps(i)) {
                max = Math.max(max, s.nanos());
            }
        }
        return max;
    }
}
