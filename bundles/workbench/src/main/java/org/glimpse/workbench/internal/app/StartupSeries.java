package org.glimpse.workbench.internal.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.swing.SwingUtilities;
import org.glimpse.api.loader.SeriesLoad;
import org.glimpse.workbench.internal.studies.QidoClient;
import org.glimpse.workbench.internal.studies.SeriesRow;

/**
 * The series the workbench opens by itself once its window shows ({@code openAtStart}, as Weasis opens the
 * series named on its command line): each {@code studyInstanceUID/seriesInstanceUID} is looked up by
 * QIDO-RS, and they open one after the other, the next when the previous load ends, since the viewer loads
 * one series at a time. An entry that cannot be found is told in the status line and skipped.
 */
final class StartupSeries {

    private final QidoClient qido;
    private final Function<SeriesRow, SeriesLoad> open;
    private final Consumer<String> log;

    /** @param open opens a series on the Swing thread and returns its load */
    StartupSeries(QidoClient qido, Function<SeriesRow, SeriesLoad> open, Consumer<String> log) {
        this.qido = qido;
        this.open = open;
        this.log = log;
    }

    /** Looks the entries up in the background, then opens them in turn. */
    void start(String[] entries) {
        if (entries.length == 0) {
            return;
        }
        Thread t = new Thread(() -> {
            List<SeriesRow> rows = new ArrayList<>();
            for (String entry : entries) {
                // a configuration file may give the list as one comma-separated value
                for (String one : entry.split(",")) {
                    SeriesRow row = one.isBlank() ? null : find(one.trim());
                    if (row != null) {
                        rows.add(row);
                    }
                }
            }
            SwingUtilities.invokeLater(() -> openFrom(rows, 0));
        }, "workbench-open-at-start");
        t.setDaemon(true);
        t.start();
    }

    private void openFrom(List<SeriesRow> rows, int next) {
        if (next >= rows.size()) {
            return;
        }
        SeriesLoad load = open.apply(rows.get(next));
        load.completion().whenComplete((outcome, failure) -> SwingUtilities.invokeLater(() -> openFrom(rows,
                next + 1)));
    }

    private SeriesRow find(String entry) {
        int slash = entry.indexOf('/');
        if (slash <= 0 || slash == entry.length() - 1) {
            tell("openAtStart entry '" + entry + "' is not studyInstanceUID/seriesInstanceUID");
            return null;
        }
        String study = entry.substring(0, slash);
        String series = entry.substring(slash + 1);
        try {
            for (SeriesRow row : qido.series(study)) {
                if (row.seriesInstanceUid().equals(series)) {
                    return row;
                }
            }
            tell("openAtStart: series " + series + " is not in study " + study + " at " + qido.root());
        } catch (java.io.IOException e) {
            tell("openAtStart: the series of study " + study + " could not be read from " + qido.root() + ": "
                    + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private void tell(String message) {
        SwingUtilities.invokeLater(() -> log.accept(message));
    }
}
