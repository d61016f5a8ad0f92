package org.glimpse.workbench.internal.app;

import java.awt.BorderLayout;
import java.awt.Dimension;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.WindowConstants;
import org.glimpse.api.loader.SeriesLoad;
import org.glimpse.workbench.internal.load.SeriesModel;
import org.glimpse.workbench.internal.studies.StudyListPanel;

/** The workbench window: study list, the opened series, the Glimpse preferences; a status line below. */
final class WorkbenchWindow {

    private final JFrame frame = new JFrame("Glimpse workbench");
    private final JTabbedPane tabs = new JTabbedPane();
    private final JLabel status = new JLabel(" ");
    /** @param closed called on the Swing thread when the user closes the window */
    WorkbenchWindow(StudyListPanel studies, JComponent preferences, Runnable closed) {
        frame.setName("glimpse-workbench");
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosing(java.awt.event.WindowEvent e) {
                closed.run();
            }
        });
        tabs.setName("main-tabs");
        tabs.addTab("Studies", studies);
        tabs.addTab("Viewer", new JPanel());
        tabs.addTab("Preferences", preferences);
        status.setName("status");
        JPanel root = new JPanel(new BorderLayout());
        root.add(tabs, BorderLayout.CENTER);
        root.add(status, BorderLayout.SOUTH);
        frame.setContentPane(root);
        frame.setSize(new Dimension(1100, 850));
        frame.setLocation(0, 0);
        frame.setVisible(true);
        studies.search();
    }

    /** Replaces the preferences page (its services came or went). */
    void showPreferences(JComponent preferences) {
        tabs.setComponentAt(2, preferences);
    }

    void log(String message) {
        status.setText(message);
    }

    /** Shows an opened series in the Viewer tab, replacing the previous one. */
    void showSeries(SeriesModel model, SeriesLoad load, String mode) {
        ViewerPane pane = new ViewerPane(model, load, mode);
        tabs.setComponentAt(1, pane);
        tabs.setSelectedIndex(1);
        pane.stack().requestFocusInWindow();
    }

    void dispose() {
        frame.dispose();
    }
}
