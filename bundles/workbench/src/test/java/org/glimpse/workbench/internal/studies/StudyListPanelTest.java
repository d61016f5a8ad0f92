package org.glimpse.workbench.internal.studies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Component;
import java.awt.Container;
import java.net.URI;
import java.util.Map;
import javax.swing.JLabel;
import javax.swing.JTextField;
import org.junit.jupiter.api.Test;

/** The study list's filters as a person uses them (no server needed: a bad filter never reaches one). */
class StudyListPanelTest {

    private final StudyListPanel panel = new StudyListPanel(new QidoClient(URI.create("http://127.0.0.1:9/dicomweb"),
            url -> Map.of()), row -> { });

    @Test
    void enterInAFilterFieldSearchesAndABadDateIsToldWithTheValueBeforeAnyQuery() {
        JTextField date = find(panel, "study-date", JTextField.class);
        date.setText("2024-13");
        date.postActionEvent();
        assertEquals("study date must be YYYYMMDD or a range YYYYMMDD-YYYYMMDD, was '2024-13'",
                find(panel, "study-status", JLabel.class).getText());
    }

    private static <T extends Component> T find(Container root, String name, Class<T> type) {
        T found = search(root, name, type);
        if (found == null) {
            throw new AssertionError("no " + name + " in the study list");
        }
        return found;
    }

    private static <T extends Component> T search(Container root, String name, Class<T> type) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName()) && type.isInstance(c)) {
                return type.cast(c);
            }
            if (c instanceof Container sub) {
                T t = search(sub, name, type);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }
}
