package org.glimpse.transport.internal.metadata;

import java.util.List;
import java.util.Map;

/**
 * Typed access to DICOM JSON values, which servers write as numbers or as strings (IS and DS are strings
 * in PS3.18 F.2.3 but often arrive as numbers). A value that does not parse names the tag and the value.
 */
final class AttributeValues {

    private final Map<String, List<String>> values;
    private final String where;

    AttributeValues(Map<String, List<String>> values, String where) {
        this.values = values;
        this.where = where;
    }

    String string(String tag) {
        List<String> v = values.get(tag);
        return v == null || v.isEmpty() || v.get(0) == null ? null : v.get(0).trim();
    }

    int requiredInt(String tag, String keyword) {
        String s = string(tag);
        if (s == null) {
            throw new IllegalArgumentException(keyword + " " + format(tag) + " is missing");
        }
        return parseInt(tag, s);
    }

    int intOr(String tag, int fallback) {
        String s = string(tag);
        return s == null || s.isEmpty() ? fallback : parseInt(tag, s);
    }

    double doubleOr(String tag, double fallback) {
        String s = string(tag);
        return s == null || s.isEmpty() ? fallback : parseDouble(tag, s);
    }

    /** All values of a multi-valued DS attribute, or null when absent. */
    double[] doubles(String tag) {
        List<String> v = values.get(tag);
        if (v == null || v.isEmpty()) {
            return null;
        }
        double[] out = new double[v.size()];
        for (int i = 0; i < out.length; i++) {
            if (v.get(i) == null) {
                throw new IllegalArgumentException(format(tag) + " value " + (i + 1) + " is null");
            }
            out[i] = parseDouble(tag, v.get(i).trim());
        }
        return out;
    }

    private int parseInt(String tag, String s) {
        try {
            // IS values such as "1.0" occur in the wild; accept whole numbers written as decimals
            double d = Double.parseDouble(s);
            if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(format(tag) + " must be an integer, was '" + s + "' in " + where);
            }
            return (int) d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(format(tag) + " must be an integer, was '" + s + "' in " + where, e);
        }
    }

    private double parseDouble(String tag, String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(format(tag) + " must be a decimal number, was '" + s + "' in " + where,
                    e);
        }
    }

    private static String format(String tag) {
        return "(" + tag.substring(0, 4) + "," + tag.substring(4) + ")";
    }
}
