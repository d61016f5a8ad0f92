package org.glimpse.workbench.internal.studies;

import java.util.List;
import java.util.function.Function;
import javax.swing.table.AbstractTableModel;

/** A read-only table of records, one column per value the row function gives. */
final class RowsModel<T> extends AbstractTableModel {

    private final String[] columns;
    private final Function<T, Object[]> values;
    private List<T> rows = List.of();

    RowsModel(String[] columns, Function<T, Object[]> values) {
        this.columns = columns.clone();
        this.values = values;
    }

    void set(List<T> newRows) {
        rows = List.copyOf(newRows);
        fireTableDataChanged();
    }

    T row(int index) {
        return rows.get(index);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return columns.length;
    }

    @Override
    public String getColumnName(int column) {
        return columns[column];
    }

    @Override
    public Object getValueAt(int row, int column) {
        return values.apply(rows.get(row))[column];
    }
}
