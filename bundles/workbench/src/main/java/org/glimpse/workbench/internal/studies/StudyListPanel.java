package org.glimpse.workbench.internal.studies;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingWorker;
import javax.swing.table.AbstractTableModel;

/**
 * The study list: QIDO-RS filters (patient name, ID, study date, modality; Enter in any of them or the Search
 * button searches), the matching studies, and the series of the selected study; a double-click on a series
 * (or Enter) opens it.
 */
public final class StudyListPanel extends JPanel {

    private final QidoClient qido;
    private final Consumer<SeriesRow> open;
    private final JTextField name = field("patient-name", 10);
    private final JTextField id = field("patient-id", 8);
    private final JTextField date = field("study-date", 12);
    private final JTextField modality = field("modality", 4);
    private final JLabel status = new JLabel(" ");
    private final RowsModel<StudyRow> studies = new RowsModel<>(new String[] {"Patient", "ID", "Date",
        "Description", "Modalities", "Study UID"}, s -> new Object[] {s.patientName(), s.patientId(), s.studyDate(),
            s.description(), s.modalities(), s.studyInstanceUid()});
    private final RowsModel<SeriesRow> series = new RowsModel<>(new String[] {"Modality", "Description",
        "Instances", "Series UID"}, s -> new Object[] {s.modality(), s.description(), s.instances(),
            s.seriesInstanceUid()});

    public StudyListPanel(QidoClient qido, Consumer<SeriesRow> open) {
        super(new BorderLayout());
        this.qido = qido;
        this.open = open;
        setName("study-list");
        status.setName("study-status");
        add(filters(), BorderLayout.NORTH);
        JTable studyTable = table("studies", studies);
        JTable seriesTable = table("series", series);
        studyTable.getSelectionModel().addListSelectionListener(e -> {
            int row = studyTable.getSelectedRow();
            if (!e.getValueIsAdjusting() && row >= 0) {
                loadSeries(studies.row(studyTable.convertRowIndexToModel(row)));
            }
        });
        seriesTable.addMouseListener(new RowDoubleClick<>(seriesTable, series, open, RowDoubleClick.desktopInterval()));
        openOnEnter(seriesTable);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(studyTable),
                new JScrollPane(seriesTable));
        split.setResizeWeight(0.5);
        add(split, BorderLayout.CENTER);
        add(status, BorderLayout.SOUTH);
    }

    private JPanel filters() {
        JPanel p = new JPanel(new FlowLayout(FlowLayout.LEFT));
        p.add(new JLabel("Patient"));
        p.add(name);
        p.add(new JLabel("ID"));
        p.add(id);
        p.add(new JLabel("Date"));
        p.add(date);
        p.add(new JLabel("Modality"));
        p.add(modality);
        JButton search = new JButton("Search");
        search.setName("search");
        search.addActionListener(e -> search());
        p.add(search);
        for (JTextField f : new JTextField[] {name, id, date, modality}) {
            f.addActionListener(e -> search());
        }
        return p;
    }

    /** Runs the query in the background and shows the studies, or what went wrong. */
    public void search() {
        StudyQuery q;
        try {
            q = new StudyQuery(name.getText(), id.getText(), date.getText(), modality.getText());
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return;
        }
        status.setText("Searching " + qido.root() + " …");
        background(() -> qido.studies(q), rows -> {
            studies.set(rows);
            series.set(List.of());
            status.setText(rows.size() + " studies from " + qido.root());
        });
    }

    private void loadSeries(StudyRow study) {
        background(() -> qido.series(study.studyInstanceUid()), series::set);
    }

    private <T> void background(Callable<T> work, Consumer<T> done) {
        new SwingWorker<T, Void>() {
            @Override
            protected T doInBackground() throws Exception {
                return work.call();
            }

            @Override
            protected void done() {
                try {
                    done.accept(get());
                } catch (ExecutionException e) {
                    status.setText(e.getCause().getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    /** Enter opens the selected series, for people who use the keyboard. */
    private void openOnEnter(JTable seriesTable) {
        seriesTable.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "open-series");
        seriesTable.getActionMap().put("open-series", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                int row = seriesTable.getSelectedRow();
                if (row >= 0) {
                    open.accept(series.row(seriesTable.convertRowIndexToModel(row)));
                }
            }
        });
    }

    private static JTextField field(String name, int columns) {
        JTextField f = new JTextField(columns);
        f.setName(name);
        return f;
    }

    private static JTable table(String name, AbstractTableModel model) {
        JTable t = new JTable(model);
        t.setName(name);
        t.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        t.setAutoCreateRowSorter(true);
        return t;
    }
}
