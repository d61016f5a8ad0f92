package org.glimpse.retrieve.internal.validate;

import java.util.List;

/** A configuration was rejected; the message lists every problem, {@link #problems()} each one alone. */
public final class ConfigurationValidationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public ConfigurationValidationException(String what, String name, List<String> problems) {
        this(what, name, null, problems);
    }

    public ConfigurationValidationException(String what, String name, String source, List<String> problems) {
        super(what + " '" + name + "'" + (source == null ? "" : " (" + source + ")") + " validation failed: "
                + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code field: reason}, in the order found. */
    public List<String> problems() {
        return problems;
    }
}
