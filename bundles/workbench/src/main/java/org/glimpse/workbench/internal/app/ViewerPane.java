package org.glimpse.workbench.internal.app;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.Map;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JTabbedPane;
import org.glimpse.api.loader.SeriesLoad;
import org.glimpse.workbench.internal.load.SeriesModel;
import org.glimpse.workbench.internal.metrics.MetricsPanel;
import org.glimpse.workbench.internal.stack.StackView;
import org.glimpse.workbench.internal.render.WindowLevel;
import org.glimpse.workbench.internal.volume.VolumeView;

/**
 * One opened series: its stack view, its reformats when it has several slices, its metrics, a progress
 * bar of final frames and the window presets of the frame shown.
 */
final class ViewerPane extends JPanel {

    private final SeriesModel model;
    private final StackView stack;
    private final JProgressBar progress = new JProgressBar();
    private final JComboBox<String> presets = new JComboBox<>();
    private VolumeView volume;
    private Map<String, WindowLevel> presetValues = Map.of();

    ViewerPane(SeriesModel model, SeriesLoad load, String mode) {
        super(new BorderLayout());
        this.model = model;
        setName("viewer");
        this.stack = new StackView(model, load);
        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("viewer-tabs");
        tabs.addTab("Stack", stack);
        if (model.size() > 1) {
            // built when first shown, inside a holder: a tab whose component is null or replaced while it is
            // being selected leaves the stack painted over it
            JPanel holder = new JPanel(new BorderLayout());
            tabs.addTab("Volume", holder);
            tabs.addChangeListener(e -> {
                if (tabs.getSelectedComponent() == holder && volume == null) {
                    volume = new VolumeView(model, stack.window(), load);
                    holder.add(volume, BorderLayout.CENTER);
                    holder.revalidate();
                }
            });
        }
        tabs.addTab("Metrics", new MetricsPanel(model, load::metrics));
        add(toolbar(mode), BorderLayout.NORTH);
        add(tabs, BorderLayout.CENTER);
        model.addListener(this::refresh);
        refresh();
    }

    StackView stack() {
        return stack;
    }

    private JPanel toolbar(String mode) {
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT));
        String modality = model.series().modality() == null ? "" : model.series().modality() + " ";
        JLabel what = new JLabel(modality + model.size() + " frames · " + mode);
        what.setName("load-mode");
        bar.add(what);
        presets.setName("presets");
        presets.addActionListener(e -> {
            WindowLevel wl = presetValues.get((String) presets.getSelectedItem());
            if (wl != null) {
                stack.setWindow(wl);
                if (volume != null) {
                    volume.setWindow(wl);
                }
            }
        });
        bar.add(new JLabel("Window"));
        bar.add(presets);
        progress.setName("series-progress");
        progress.setStringPainted(true);
        progress.setPreferredSize(new java.awt.Dimension(280, 22));
        bar.add(progress);
        return bar;
    }

    private void refresh() {
        progress.setMaximum(Math.max(1, model.size()));
        int done = Math.max(model.framesFinal(), countFull());
        progress.setValue(done);
        progress.setString(done + " / " + model.size() + " final" + (model.outcome() == null ? ""
                : " · " + model.outcome()));
        if (presetValues.isEmpty()) {
            presetValues = stack.presets();
            if (!presetValues.isEmpty()) {
                presets.setModel(new DefaultComboBoxModel<>(presetValues.keySet().toArray(String[]::new)));
            }
        }
    }

    private int countFull() {
        int n = 0;
        for (int i = 0; i < model.size(); i++) {
            if (MetricsPanel.finalRenderMillis(model, i) >= 0) {
                n++;
            }
        }
        return n;
    }
}
