package org.glimpse.api.retrieve;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A named, ordered list of stages and the options each retrieve type uses.
 *
 * @param name configuration name (a built-in such as {@code interleaved}, or a site's own)
 * @param stages stages in the order they are planned
 * @param retrieveOptions options per retrieve type; key {@code default} applies to stages without one
 */
public record RetrieveConfiguration(String name, List<RetrieveStage> stages,
        Map<String, RetrieveOptions> retrieveOptions) {

    /** Key of the options used by stages whose retrieve type is null or has no entry. */
    public static final String DEFAULT_OPTIONS = "default";

    public RetrieveConfiguration {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("configuration name must not be empty");
        }
        stages = List.copyOf(stages);
        retrieveOptions = retrieveOptions == null ? Map.of() : Map.copyOf(retrieveOptions);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("configuration '" + name + "' has no stages");
        }
        Set<String> ids = new HashSet<>();
        for (RetrieveStage s : stages) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("configuration '" + name + "': stage id '" + s.id()
                        + "' is used twice");
            }
        }
    }

    /** The options for a stage: its retrieve type's, else the default, else a plain full request. */
    public RetrieveOptions optionsFor(RetrieveStage stage) {
        RetrieveOptions o = stage.retrieveType() == null ? null : retrieveOptions.get(stage.retrieveType());
        if (o == null) {
            o = retrieveOptions.get(DEFAULT_OPTIONS);
        }
        return o == null ? RetrieveOptions.FULL : o;
    }
}
