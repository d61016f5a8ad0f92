package org.glimpse.workbench.internal.studies;

import java.awt.Toolkit;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.Objects;
import java.util.function.Consumer;
import javax.swing.JTable;
import javax.swing.SwingUtilities;

/**
 * Opens the row a person double-clicks: two presses of the left button on the same item within the desktop's
 * double-click time. It counts them itself instead of waiting for a {@code MOUSE_CLICKED} with a click count
 * of 2, which the toolkit withholds when the hand moves a few pixels between the clicks (X11 starts counting
 * again past 4 pixels, and sends no click after a move once the double-click time is over): a double-click
 * anywhere on the row opens it. The second press opens, as on every desktop, and a row whose table was
 * refreshed between the two presses still opens if the same item is under the pointer.
 */
final class RowDoubleClick<T> extends MouseAdapter {

    private static final int DEFAULT_INTERVAL_MILLIS = 500;

    private final JTable table;
    private final RowsModel<T> rows;
    private final Consumer<T> open;
    private final long intervalMillis;
    private T pressed;
    private long pressedWhen;

    RowDoubleClick(JTable table, RowsModel<T> rows, Consumer<T> open, long intervalMillis) {
        this.table = Objects.requireNonNull(table, "table is null");
        this.rows = Objects.requireNonNull(rows, "rows is null");
        this.open = Objects.requireNonNull(open, "open is null");
        this.intervalMillis = intervalMillis;
    }

    /** The desktop's double-click time ({@code awt.multiClickInterval}), else 500 ms. */
    static long desktopInterval() {
        Object v = Toolkit.getDefaultToolkit().getDesktopProperty("awt.multiClickInterval");
        return v instanceof Integer ms && ms > 0 ? ms : DEFAULT_INTERVAL_MILLIS;
    }

    @Override
    public void mousePressed(MouseEvent e) {
        if (!SwingUtilities.isLeftMouseButton(e)) {
            return;
        }
        int view = table.rowAtPoint(e.getPoint());
        T item = view < 0 ? null : rows.row(table.convertRowIndexToModel(view));
        if (item != null && item.equals(pressed) && e.getWhen() - pressedWhen <= intervalMillis) {
            pressed = null;
            open.accept(item);
        } else {
            pressed = item;
            pressedWhen = e.getWhen();
        }
    }
}
