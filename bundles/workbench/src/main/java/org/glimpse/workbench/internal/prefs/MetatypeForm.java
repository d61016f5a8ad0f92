package org.glimpse.workbench.internal.prefs;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * A form rendered from a Metatype object class definition: one row per attribute (label and editor, the
 * message of its last problem right under the editor), so that the page follows the service's own
 * description of its configuration rather than a copy of it.
 */
final class MetatypeForm extends JPanel {

    private final List<AttributeField> fields = new ArrayList<>();

    MetatypeForm(ObjectClassDefinition ocd) {
        super(new GridBagLayout());
        setName("site-form");
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(2, 4, 2, 4);
        c.anchor = GridBagConstraints.WEST;
        int row = 0;
        for (AttributeDefinition ad : definitions(ocd)) {
            AttributeField f = new AttributeField(ad);
            fields.add(f);
            c.gridy = row++;
            c.gridx = 0;
            add(new JLabel(f.label()), c);
            c.gridx = 1;
            add(f.editor(), c);
            c.gridy = row++;
            add(f.error(), c);
        }
    }

    private static List<AttributeDefinition> definitions(ObjectClassDefinition ocd) {
        AttributeDefinition[] all = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
        return all == null ? List.of() : List.of(all);
    }

    /** Shows a configuration's values (defaults where it has none). */
    void load(Dictionary<String, Object> properties) {
        clearErrors();
        for (AttributeField f : fields) {
            f.set(properties == null ? null : properties.get(f.id()));
        }
    }

    /**
     * The values entered, by attribute id; empty optional fields are left out.
     *
     * @throws IllegalArgumentException for the first field that cannot be read; its message is shown
     *         beside it
     */
    Map<String, Object> values() {
        clearErrors();
        Map<String, Object> out = new LinkedHashMap<>();
        for (AttributeField f : fields) {
            try {
                Object v = f.value();
                if (v != null) {
                    out.put(f.id(), v);
                }
            } catch (IllegalArgumentException e) {
                f.showError(e.getMessage());
                throw e;
            }
        }
        return out;
    }

    /** Shows a message beside the attribute it names (by id), or beside the first field when it names none. */
    String showRejection(String message) {
        List<AttributeField> longestIdFirst = new ArrayList<>(fields);
        longestIdFirst.sort((a, b) -> b.id().length() - a.id().length());
        for (AttributeField f : longestIdFirst) {
            if (message.contains(f.id())) {
                f.showError(message);
                return f.id();
            }
        }
        if (!fields.isEmpty()) {
            fields.get(0).showError(message);
        }
        return null;
    }

    void clearErrors() {
        fields.forEach(f -> f.showError(null));
    }
}
