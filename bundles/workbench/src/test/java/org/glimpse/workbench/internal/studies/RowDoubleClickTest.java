package org.glimpse.workbench.internal.studies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.event.InputEvent;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JTable;
import org.junit.jupiter.api.Test;

/** A double-click on a series row opens it whatever the toolkit's click count says. */
class RowDoubleClickTest {

    private final RowsModel<String> rows = new RowsModel<>(new String[] {"Series"}, s -> new Object[] {s});
    private final JTable table = new JTable(rows);
    private final List<String> opened = new ArrayList<>();
    private final RowDoubleClick<String> clicks = new RowDoubleClick<>(table, rows, opened::add, 500);

    RowDoubleClickTest() {
        rows.set(List.of("dx", "ct", "mr"));
    }

    @Test
    void twoPressesOnTheSameRowOpenItEvenWhenTheHandMovedAndTheToolkitCountedEachAsAFirstClick() {
        press(1_000, 40, rowY(1), 1);
        press(1_200, 47, rowY(1) + 3, 1);
        assertEquals(List.of("ct"), opened);
    }

    @Test
    void aThirdAndFourthClickOfTheWindowStillOpenOnce() {
        press(1_000, 40, rowY(0), 3);
        press(1_150, 40, rowY(0), 4);
        press(1_300, 40, rowY(0), 5);
        assertEquals(List.of("dx"), opened, "the second press opens; a third starts a new double-click");
    }

    @Test
    void pressesOnTwoRowsOrTooFarApartOpenNothing() {
        press(1_000, 40, rowY(0), 1);
        press(1_100, 40, rowY(1), 2);
        press(2_000, 40, rowY(1), 1);
        assertEquals(List.of(), opened);
    }

    @Test
    void aListRefreshedBetweenTheTwoPressesStillOpensTheItemUnderThePointer() {
        press(1_000, 40, rowY(2), 1);
        rows.set(List.of("dx", "ct", "mr"));
        press(1_200, 40, rowY(2), 2);
        assertEquals(List.of("mr"), opened);
    }

    private int rowY(int row) {
        return row * table.getRowHeight() + table.getRowHeight() / 2;
    }

    private void press(long when, int x, int y, int toolkitCount) {
        clicks.mousePressed(new MouseEvent(table, MouseEvent.MOUSE_PRESSED, when, InputEvent.BUTTON1_DOWN_MASK, x, y,
                toolkitCount, false, MouseEvent.BUTTON1));
    }
}
