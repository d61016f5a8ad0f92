package org.glimpse.server.qido;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The matching rules of PS3.4 C.2.2.2 for one key value, as a test of an attribute's values: universal
 * (empty or {@code *}), wildcard ({@code *} any run, {@code ?} one character; person names without regard
 * to case, as PS3.18 asks of QIDO-RS), date range ({@code YYYYMMDD-YYYYMMDD}, either end open), UID list
 * (comma or backslash separated) and single value. A multi-valued attribute (ModalitiesInStudy) matches when
 * one of its values does; an absent attribute matches only universal matching.
 */
final class Matching {
    private static final Pattern DATE = Pattern.compile("[0-9]{8}");

    private Matching() {
    }

    /**
     * @param key   the attribute
     * @param value the query value as sent
     * @return a test of the attribute's DICOM JSON {@code Value} array (null when absent)
     * @throws IllegalArgumentException naming the key and the value when the value is not valid for its VR
     */
    static Predicate<JsonNode> of(SearchKey key, String value) {
        String v = value.trim();
        if (v.isEmpty() || v.equals("*")) {
            return values -> true;
        }
        Predicate<String> one = switch (key.vr()) {
            case "DA" -> dateRange(key, v);
            case "UI" -> anyOf(split(v), false);
            case "PN" -> wildcard(v, true);
            case "CS" -> anyOf(split(v), false).or(wildcard(v, false));
            default -> wildcard(v, false);
        };
        return values -> values != null && any(values, one);
    }

    private static boolean any(JsonNode values, Predicate<String> one) {
        for (JsonNode n : values) {
            String s = n.isObject() ? n.path("Alphabetic").asText(null) : n.asText(null);
            if (s != null && one.test(s)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> split(String v) {
        List<String> out = new ArrayList<>();
        for (String s : v.split("[,\\\\]")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    private static Predicate<String> anyOf(List<String> wanted, boolean ignoreCase) {
        return s -> wanted.stream().anyMatch(w -> ignoreCase ? w.equalsIgnoreCase(s) : w.equals(s));
    }

    private static Predicate<String> wildcard(String v, boolean ignoreCase) {
        StringBuilder regex = new StringBuilder();
        for (String literal : v.split("(?=[*?])|(?<=[*?])")) {
            regex.append(literal.equals("*") ? ".*" : literal.equals("?") ? "." : Pattern.quote(literal));
        }
        Pattern p = Pattern.compile(regex.toString(), ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                : 0);
        return s -> p.matcher(s).matches();
    }

    private static Predicate<String> dateRange(SearchKey key, String v) {
        int dash = v.indexOf('-');
        String from = dash < 0 ? v : v.substring(0, dash).trim();
        String to = dash < 0 ? v : v.substring(dash + 1).trim();
        if ((from.isEmpty() && to.isEmpty()) || (!from.isEmpty() && !date(from)) || (!to.isEmpty() && !date(to))
                || v.indexOf('-', dash + 1) > 0) {
            throw new IllegalArgumentException(key.keyword() + " '" + v + "' is not a date (YYYYMMDD) or a range "
                    + "of dates (YYYYMMDD-YYYYMMDD, -YYYYMMDD, YYYYMMDD-)");
        }
        if (!from.isEmpty() && !to.isEmpty() && from.compareTo(to) > 0) {
            throw new IllegalArgumentException(key.keyword() + " '" + v + "' ends before it starts");
        }
        return s -> (from.isEmpty() || s.compareTo(from) >= 0) && (to.isEmpty() || s.compareTo(to) <= 0);
    }

    private static boolean date(String s) {
        if (!DATE.matcher(s).matches()) {
            return false;
        }
        try {
            LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE.withLocale(Locale.ROOT));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
