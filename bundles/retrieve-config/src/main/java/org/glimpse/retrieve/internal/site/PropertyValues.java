package org.glimpse.retrieve.internal.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.glimpse.retrieve.internal.validate.Problems;

/**
 * Coerces Config Admin property values. Files in {@code conf/configs/} deliver every value as a string,
 * Config Admin clients deliver typed values: both are accepted, anything else is a problem naming the key,
 * the value and its type. A getter returns null when the value is absent or wrong.
 */
final class PropertyValues {
    private PropertyValues() {
    }

    static String text(String key, Object value, Problems problems) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s.trim();
        }
        problems.add(key, "expected text, was " + describe(value));
        return null;
    }

    static Integer integer(String key, Object value, Problems problems) {
        if (value == null) {
            return null;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            long l = ((Number) value).longValue();
            if (l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
                return (int) l;
            }
        } else if (value instanceof String s) {
            try {
                return Integer.valueOf(s.trim());
            } catch (NumberFormatException e) {
                problems.add(key, "'" + s + "' is not a whole number");
                return null;
            }
        }
        problems.add(key, "expected a whole number, was " + describe(value));
        return null;
    }

    static Boolean bool(String key, Object value, Problems problems) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s) {
            String t = s.trim().toLowerCase(Locale.ROOT);
            if (t.equals("true") || t.equals("false")) {
                return Boolean.valueOf(t);
            }
            problems.add(key, "'" + s + "' is neither true nor false");
            return null;
        }
        problems.add(key, "expected true or false, was " + describe(value));
        return null;
    }

    /**
     * A list from a {@code String[]}, a collection, or one string: a comma list ({@code a, b}) or
     * Felix's array syntax ({@code ["a", "b"]}). Blank items are dropped.
     */
    static List<String> list(String key, Object value, Problems problems) {
        if (value == null) {
            return null;
        }
        List<String> items = new ArrayList<>();
        if (value instanceof String s) {
            String t = s.trim();
            if (t.startsWith("[") && t.endsWith("]")) {
                t = t.substring(1, t.length() - 1);
            }
            for (String item : t.split(",")) {
                items.add(unquote(item.trim()));
            }
        } else if (value instanceof String[] a) {
            items.addAll(Arrays.asList(a));
        } else if (value instanceof Collection<?> c && c.stream().allMatch(String.class::isInstance)) {
            c.forEach(o -> items.add((String) o));
        } else {
            problems.add(key, "expected a list of text, was " + describe(value));
            return null;
        }
        items.replaceAll(i -> i == null ? "" : i.trim());
        items.removeIf(String::isEmpty);
        return items;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    static String describe(Object value) {
        String shown = value.getClass().isArray() ? Arrays.deepToString(new Object[] {value}) : "'" + value + "'";
        return value.getClass().getSimpleName() + " " + shown;
    }
}
