package org.glimpse.retrieve.internal.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem found in one piece of configuration so that a user fixes them all in one go,
 * then fails once with a message that names the thing validated, each field and each value.
 */
public final class Problems {
    private final List<String> problems = new ArrayList<>();

    /** Records that {@code field} is wrong, with a reason that names the offending value. */
    public void add(String field, String reason) {
        problems.add(field + ": " + reason);
    }

    /** Records problems found by a nested validation, each prefixed with {@code field}. */
    public void addAll(String field, List<String> nested) {
        for (String p : nested) {
            problems.add(field + "." + p);
        }
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<String> list() {
        return List.copyOf(problems);
    }

    /**
     * Throws when anything was recorded: {@code "<what> '<name>' validation failed: p1; p2"}.
     *
     * @param what for example "Retrieve configuration" or "Site configuration"
     */
    public void throwIfAny(String what, String name) {
        throwIfAny(what, name, null);
    }

    /** As {@link #throwIfAny(String, String)}, naming where the configuration came from (file, PID). */
    public void throwIfAny(String what, String name, String source) {
        if (!problems.isEmpty()) {
            throw new ConfigurationValidationException(what, name, source, problems);
        }
    }
}
