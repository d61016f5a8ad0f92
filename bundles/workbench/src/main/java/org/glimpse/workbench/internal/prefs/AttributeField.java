package org.glimpse.workbench.internal.prefs;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTextField;
import org.osgi.service.metatype.AttributeDefinition;

/**
 * The editor of one Metatype attribute: a check box for a boolean, a text field otherwise (several values
 * separated by commas), and beside it the message of the last problem with its value.
 */
final class AttributeField {

    private static final int ERROR_WIDTH = 360;

    private final AttributeDefinition ad;
    private final JComponent editor;
    private final JLabel error = new JLabel(" ");

    AttributeField(AttributeDefinition ad) {
        this.ad = ad;
        if (ad.getType() == AttributeDefinition.BOOLEAN && ad.getCardinality() == 0) {
            editor = new JCheckBox();
        } else {
            editor = new JTextField(30);
        }
        editor.setName("field-" + ad.getID());
        editor.setToolTipText(ad.getDescription());
        error.setName("error-" + ad.getID());
        error.setForeground(new Color(0xC62828));
    }

    String id() {
        return ad.getID();
    }

    String label() {
        return ad.getName() == null ? ad.getID() : ad.getName();
    }

    JComponent editor() {
        return editor;
    }

    JLabel error() {
        return error;
    }

    /** Shows the message wrapped to the editor's width (the whole text also as the label's tooltip). */
    void showError(String message) {
        boolean none = message == null || message.isEmpty();
        error.setText(none ? " " : "<html><div style='width:" + ERROR_WIDTH + "px'>" + escape(message)
                + "</div></html>");
        error.setToolTipText(none ? null : message);
    }

    /** The message shown, without markup ("" when none). */
    String errorText() {
        return error.getToolTipText() == null ? "" : error.getToolTipText();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Shows {@code value} (from a configuration), or the definition's default when null. */
    void set(Object value) {
        String text = value == null ? String.join(", ", defaults()) : text(value);
        if (editor instanceof JCheckBox box) {
            box.setSelected(Boolean.parseBoolean(text));
        } else {
            ((JTextField) editor).setText(text);
        }
    }

    /**
     * The typed value entered, or null when the field is empty and optional.
     *
     * @throws IllegalArgumentException naming the attribute and the value when it cannot be read or the
     *         Metatype definition rejects it
     */
    Object value() {
        if (editor instanceof JCheckBox box) {
            return box.isSelected();
        }
        String text = ((JTextField) editor).getText().trim();
        List<String> parts = ad.getCardinality() == 0 ? List.of(text) : split(text);
        for (String p : parts) {
            String verdict = ad.validate(p);
            if (verdict != null && !verdict.isEmpty()) {
                throw new IllegalArgumentException(label() + ": " + verdict + " ('" + p + "')");
            }
        }
        if (ad.getCardinality() == 0) {
            return text.isEmpty() ? null : typed(text);
        }
        return parts.stream().map(this::typed).toArray(n -> newArray(n));
    }

    private Object[] newArray(int n) {
        return switch (ad.getType()) {
            case AttributeDefinition.INTEGER -> new Integer[n];
            case AttributeDefinition.LONG -> new Long[n];
            case AttributeDefinition.BOOLEAN -> new Boolean[n];
            default -> new String[n];
        };
    }

    private Object typed(String text) {
        try {
            return switch (ad.getType()) {
                case AttributeDefinition.INTEGER -> Integer.valueOf(text);
                case AttributeDefinition.LONG -> Long.valueOf(text);
                case AttributeDefinition.BOOLEAN -> Boolean.valueOf(text);
                default -> text;
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(label() + ": not a number: '" + text + "'");
        }
    }

    private List<String> defaults() {
        String[] d = ad.getDefaultValue();
        return d == null ? List.of() : Arrays.asList(d);
    }

    private static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.split(",")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    private static String text(Object value) {
        if (value instanceof Object[] a) {
            return String.join(", ", Arrays.stream(a).map(String::valueOf).toList());
        }
        if (value instanceof java.util.Collection<?> c) {
            return String.join(", ", c.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
