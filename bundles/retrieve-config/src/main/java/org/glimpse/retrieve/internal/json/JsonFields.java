package org.glimpse.retrieve.internal.json;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.glimpse.retrieve.internal.validate.Problems;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Typed reads from one JSON object that record a problem, naming the field path and the value, instead of
 * stopping at the first one. A getter returns null when the field is absent or wrong.
 */
final class JsonFields {
    private final JsonNode object;
    private final String path;
    private final Problems problems;

    private JsonFields(JsonNode object, String path, Problems problems) {
        this.object = object;
        this.path = path;
        this.problems = problems;
    }

    /** The fields of {@code node}, or null (with a problem recorded) when it is not an object. */
    static JsonFields of(JsonNode node, String path, Problems problems) {
        if (node == null || !node.isObject()) {
            problems.add(path.isEmpty() ? "json" : path, "expected a JSON object, was " + node);
            return null;
        }
        return new JsonFields(node, path, problems);
    }

    /** Records each field not in {@code known}, naming the fields that are. */
    void rejectUnknown(Set<String> known) {
        for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!known.contains(name)) {
                problems.add(at(name), "unknown field (known: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }

    String at(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    boolean has(String field) {
        return object.has(field) && !object.get(field).isNull();
    }

    JsonNode node(String field) {
        return has(field) ? object.get(field) : null;
    }

    String string(String field) {
        JsonNode n = node(field);
        if (n == null) {
            return null;
        }
        if (!n.isTextual()) {
            problems.add(at(field), "expected a string, was " + n);
            return null;
        }
        return n.asText();
    }

    Boolean bool(String field) {
        JsonNode n = node(field);
        if (n == null) {
            return null;
        }
        if (!n.isBoolean()) {
            problems.add(at(field), "expected true or false, was " + n);
            return null;
        }
        return n.booleanValue();
    }

    Integer integer(String field) {
        JsonNode n = node(field);
        return n == null ? null : wholeNumber(n, at(field), problems);
    }

    /** A JSON number with no fraction that fits an int (JavaScript writes 4 and 4.0 alike). */
    static Integer wholeNumber(JsonNode n, String where, Problems problems) {
        if (n.isNumber()) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE) {
                return (int) d;
            }
        }
        problems.add(where, "expected a whole number, was " + n);
        return null;
    }

    /** The elements of an array field, or null (with a problem recorded) when it is not an array. */
    List<JsonNode> array(String field) {
        JsonNode n = node(field);
        if (n == null) {
            return null;
        }
        if (!n.isArray()) {
            problems.add(at(field), "expected an array, was " + n);
            return null;
        }
        List<JsonNode> out = new ArrayList<>();
        n.forEach(out::add);
        return out;
    }
}
